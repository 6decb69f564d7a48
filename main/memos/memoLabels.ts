import type { RecipientKind } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';

/**
 * The memo's fixed words for the PDF and the Word version alike, from the text files
 * (`documents.memo`; the draft mark from `documents.common`, outcomes as on screen from `memos.outcome`).
 */
function labels(lang: DocLanguage) {
  const all = textsFor(lang);
  const m = all.documents.memo;
  return {
    ...m,
    draft: all.documents.common.draft,
    outcomes: all.memos.outcome,
    draftVersion: (n: number) => fill(m.draftVersion, { n }),
    sentVersion: (n: number, date: string) => fill(m.sentVersion, { n, date }),
    fileVersion: (n: number) => fill(m.fileVersion, { n }),
    option: (n: number) => fill(m.option, { n }),
    attachment: (n: number) => fill(m.attachment, { n }),
  };
}

export const L = { da: labels('da'), en: labels('en') };
export type Labels = ReturnType<typeof labels>;

export function recipientLabel(kind: RecipientKind, name: string | null, partnership: string, lang: DocLanguage = 'da'): string {
  return name || L[lang].recipients[kind] || partnership;
}
