import type { Database } from '../../db/database';
import { economyTotals, type FileResult, type MemoContent, type MemoDecision, type MemoHeader, type MemoLink, type RecipientKind } from '../../preload/contract';
import { integer, longDate, type DocLanguage } from '../documents/format';
import { COLORS, createPdf, ensureSpace, FONTS, heading, keyValues, paragraph, pdfFile, table, type Pdf } from '../documents/pdf';
import { richText } from '../documents/richText';
import { readSettings } from '../settings/settingsService';
import { loadLetterhead } from '../houseStyle/letterhead';
import { getMemoVersion } from './lifecycle';
import { memoDetail } from './memoRecord';

const L = {
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
type Labels = (typeof L)['da'];

export function recipientLabel(kind: RecipientKind, name: string | null, partnership: string, lang: DocLanguage = 'da'): string {
  return name || L[lang].recipients[kind] || partnership;
}

interface MemoDoc {
  header: MemoHeader;
  content: MemoContent;
  /** "Version 2, sendt …" or a draft label; drafts get the watermark. */
  versionLabel: string;
  draft: boolean;
  decision: MemoDecision | null;
  links: MemoLink[];
}

function section(doc: Pdf, title: string, text: string) {
  if (!text.trim()) return;
  heading(doc, title);
  richText(doc, text);
}

function economy(doc: Pdf, t: Labels, c: MemoContent, lang: DocLanguage) {
  const e = c.economy;
  if (!c.economyText.trim() && e.rows.length === 0) return;
  // Keep the heading, the text and a short table together on one page.
  if (e.rows.length <= 12) ensureSpace(doc, 140 + e.rows.length * 20);
  heading(doc, t.economy);
  richText(doc, c.economyText);
  if (e.rows.length === 0 || e.columns.length === 0) return;
  const totals = economyTotals(e);
  const money = (n: number | null) => (n === null ? '' : integer(n, lang));
  const columns = [
    { header: t.amountsIn, width: 3 },
    ...e.columns.map((col) => ({ header: col, width: 1.3, align: 'right' as const })),
    ...(e.columns.length > 1 ? [{ header: t.total, width: 1.4, align: 'right' as const }] : []),
  ];
  const withTotal = (cells: string[], total: number) => (e.columns.length > 1 ? [...cells, integer(total, lang)] : cells);
  const rows = e.rows.map((r, i) => withTotal([r.label, ...r.amounts.map(money)], totals.rowTotals[i]!));
  if (e.rows.length > 1) rows.push(withTotal([t.total, ...totals.columnTotals.map((n) => integer(n, lang))], totals.grandTotal));
  table(doc, columns, rows, { boldLastRow: e.rows.length > 1 });
  if (e.note) paragraph(doc, e.note, { muted: true, italic: true });
}

function options(doc: Pdf, t: Labels, c: MemoContent) {
  if (c.options.length === 0) return;
  heading(doc, t.options);
  c.options.forEach((o, i) => {
    heading(doc, `${t.option(i + 1)}: ${o.title}`, 2);
    richText(doc, o.description);
    for (const [label, text] of [[t.pros, o.pros], [t.cons, o.cons]] as const) {
      if (!text.trim()) continue;
      ensureSpace(doc, 30);
      doc.font(FONTS.bold).text(label, doc.page.margins.left).font(FONTS.regular).moveDown(0.15);
      richText(doc, text);
    }
  });
}

function recommendations(doc: Pdf, t: Labels, c: MemoContent) {
  if (c.recommendations.length === 0) return;
  heading(doc, t.recommendation);
  paragraph(doc, t.recommendIntro);
  // Each recommendation is one numbered item; numbers are written out so user text cannot renumber them.
  richText(doc, c.recommendations.map((r, i) => `${i + 1}. ${r.replace(/\s*\n\s*/g, ' ')}`).join('\n'));
}

function attachmentsAndLinks(doc: Pdf, t: Labels, c: MemoContent, links: MemoLink[]) {
  if (c.attachments.length) {
    heading(doc, t.attachments);
    keyValues(doc, c.attachments.map((a, i) => [t.attachment(i + 1), a]), 70);
  }
  if (links.length) {
    heading(doc, t.basis);
    keyValues(doc, links.map((l) => [t.link[l.targetKind], l.deleted ? `${l.label} (${t.deleted})` : l.label]), 90);
  }
}

function decisionBlock(doc: Pdf, t: Labels, d: MemoDecision, lang: DocLanguage) {
  heading(doc, t.decision);
  keyValues(doc, [[t.date, longDate(d.date, lang)], [t.decidedBy, d.body], [t.outcome, t.outcomes[d.outcome]]]);
  richText(doc, d.text);
}

async function render(db: Database, memo: MemoDoc, lang: DocLanguage): Promise<Buffer> {
  const t = L[lang];
  const { partnershipName } = await readSettings(db.ds.manager);
  const c = memo.content;
  const { doc, finish } = createPdf({ title: t.doc, partnership: partnershipName, watermark: memo.draft ? t.draft : undefined, language: lang, letterhead: await loadLetterhead(db.ds.manager) });
  doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.muted).text(t.doc.toUpperCase(), { characterSpacing: 1.2 });
  doc.moveDown(0.3).font(FONTS.bold).fontSize(18).fillColor(COLORS.accent).text(c.title);
  doc.moveDown(0.8).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
  const top = doc.y;
  doc.rect(doc.page.margins.left, top - 6, doc.page.width - doc.page.margins.left - doc.page.margins.right, 0.8).fill(COLORS.rule);
  doc.fillColor(COLORS.ink).y = top + 4;
  keyValues(doc, [
    [t.to, recipientLabel(c.recipientKind, c.recipientName, partnershipName, lang)],
    [t.meeting, c.meetingDate ? longDate(c.meetingDate, lang) : ''],
    [t.caseNo, c.caseNumber ?? ''],
    [t.author, c.author ?? ''],
    [t.date, longDate(c.memoDate, lang)],
    [t.version, memo.versionLabel],
  ]);
  section(doc, t.summary, c.summary);
  section(doc, t.background, c.background);
  options(doc, t, c);
  economy(doc, t, c, lang);
  section(doc, t.consequences, c.consequences);
  recommendations(doc, t, c);
  attachmentsAndLinks(doc, t, c, memo.links);
  if (memo.decision) decisionBlock(doc, t, memo.decision, lang);
  return finish();
}

const fileName = (t: Labels, h: { title: string }, suffix: string) =>
  `${t.doc} – ${h.title.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80)}${suffix}.pdf`;

/** The working copy (watermarked until sent) or a frozen version exactly as it was sent. */
export async function memoPdf(db: Database, input: { id: number; version?: number | null; language?: DocLanguage }): Promise<FileResult> {
  const lang = input.language ?? 'da';
  const t = L[lang];
  const memo = await memoDetail(db.ds.manager, input.id);
  if (input.version) {
    const v = await getMemoVersion(db, input.id, input.version);
    const doc: MemoDoc = { header: v.header, content: v.content, versionLabel: t.sentVersion(v.number, longDate(v.sentOn, lang)), draft: false, decision: null, links: memo.links };
    return pdfFile(await render(db, doc, lang), fileName(t, v.header, ` (version ${v.number})`));
  }
  const draft = memo.sentVersion === 0 || memo.hasUnsentChanges;
  const lastSent = memo.versions[memo.versions.length - 1];
  const versionLabel = draft ? t.draftVersion(memo.sentVersion + 1) : t.sentVersion(memo.sentVersion, longDate(lastSent!.sentOn, lang));
  const doc: MemoDoc = { header: memo, content: memo.content, versionLabel, draft, decision: memo.decision, links: memo.links };
  return pdfFile(await render(db, doc, lang), fileName(t, memo, draft ? ` (${t.draft.toLowerCase()})` : ''));
}
