import type { RecipientKind } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';

/** The memo's fixed texts in Danish and English, for the PDF and the Word version alike. */
export const L = {
  da: {
    doc: 'Beslutningsoplæg', to: 'Til', meeting: 'Mødedato', caseNo: 'Sagsnr.', author: 'Udarbejdet af', date: 'Dato', version: 'Version',
    draft: 'KLADDE', draftVersion: (n: number) => `Kladde til version ${n}`, sentVersion: (n: number, d: string) => `${n}, sendt ${d}`,
    summary: 'Resumé', background: 'Sagsfremstilling', options: 'Løsningsmuligheder', option: (n: number) => `Model ${n}`, pros: 'Fordele', cons: 'Ulemper',
    economy: 'Økonomi', total: 'I alt', amountsIn: 'Beløb i kr.', consequences: 'Konsekvenser', recommendation: 'Indstilling',
    recommendIntro: 'Det indstilles, at', attachments: 'Bilag', attachment: (n: number) => `Bilag ${n}`, basis: 'Sagen bygger på',
    decision: 'Beslutning', decidedBy: 'Truffet af', outcome: 'Resultat',
    link: { initiative: 'Indsats', meeting: 'Møde', decision: 'Beslutning' }, deleted: 'slettet',
    outcomes: { approved: 'Godkendt', approved_with_changes: 'Godkendt med ændringer', rejected: 'Ikke godkendt', postponed: 'Udsat' },
    recipients: { city_council: 'Kommunalbestyrelsen', finance_committee: 'Økonomiudvalget', standing_committee: 'Fagudvalget', partnership: '', other: '' },
  },
  en: {
    doc: 'Decision memo', to: 'To', meeting: 'Meeting date', caseNo: 'Case no.', author: 'Prepared by', date: 'Date', version: 'Version',
    draft: 'DRAFT', draftVersion: (n: number) => `Draft of version ${n}`, sentVersion: (n: number, d: string) => `${n}, sent ${d}`,
    summary: 'Summary', background: 'Background and problem', options: 'Options', option: (n: number) => `Option ${n}`, pros: 'Pros', cons: 'Cons',
    economy: 'Economy', total: 'Total', amountsIn: 'Amounts in DKK', consequences: 'Consequences', recommendation: 'Recommendation',
    recommendIntro: 'It is recommended that', attachments: 'Attachments', attachment: (n: number) => `Attachment ${n}`, basis: 'Builds on',
    decision: 'Decision', decidedBy: 'Decided by', outcome: 'Outcome',
    link: { initiative: 'Initiative', meeting: 'Meeting', decision: 'Decision' }, deleted: 'deleted',
    outcomes: { approved: 'Approved', approved_with_changes: 'Approved with changes', rejected: 'Rejected', postponed: 'Postponed' },
    recipients: { city_council: 'City council', finance_committee: 'Finance committee', standing_committee: 'Standing committee', partnership: '', other: '' },
  },
};
export type Labels = (typeof L)['da'];

export function recipientLabel(kind: RecipientKind, name: string | null, partnership: string, lang: DocLanguage = 'da'): string {
  return name || L[lang].recipients[kind] || partnership;
}
