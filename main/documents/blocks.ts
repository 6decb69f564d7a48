/**
 * A document as blocks: what it says, in order, already in the reader's language and with figures
 * already formatted. The memo, the agenda and the minutes are built here once from the service data;
 * the PDF writer (pdfBlocks.ts) and the Word writer (docx.ts) render the same blocks, so the two
 * versions never drift apart.
 */
export interface BlockColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right';
}

export type DocBlock =
  /** Small capitals above the title: "BESLUTNINGSOPLÆG", the body's name. */
  | { kind: 'kicker'; text: string }
  | { kind: 'title'; text: string; /** PDF: point size (18 unless told). */ size?: number }
  | { kind: 'heading'; level: 1 | 2; text: string; /** Right-aligned on the same line, e.g. an item's time. */ aside?: string; /** PDF: room to keep with what follows (points). */ keepWith?: number }
  /** Label and value pairs: the header block of a memo or an agenda. */
  | { kind: 'facts'; rows: [string, string][]; ruleAbove?: boolean; /** PDF: width of the label column (points). */ labelWidth?: number }
  /** Text in the memo format (preload/contract/richText.ts): paragraphs, bullets, numbered lists, bold, italic. */
  | { kind: 'rich'; source: string }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'note' }
  /** A list of items in the inline format (**bold**, *italic*); ordered lists number from `start`. */
  | { kind: 'list'; ordered: boolean; start?: number; items: string[]; /** The items are the user's plain text (a decision): no inline format, shown as typed. */ literal?: boolean }
  /** A bold run-in label ("Fordele", "Beslutning"). */
  | { kind: 'label'; text: string; /** PDF: room to keep with what follows (points). */ keepWith?: number }
  /** A quiet line under an agenda item: kind, presenter, minutes. */
  | { kind: 'meta'; text: string }
  /** A break in the agenda: unnumbered, shaded. */
  | { kind: 'break'; text: string; aside: string }
  | { kind: 'table'; columns: BlockColumn[]; rows: string[][]; boldLastRow?: boolean };

export interface DocModel {
  /** The document's kind and date for the running header and the file's properties ("Dagsorden, 11. marts 2014"). */
  title: string;
  partnership: string;
  language: 'da' | 'en';
  /** Diagonal on every PDF page, a notice in the Word header: "KLADDE". */
  watermark?: string;
  blocks: DocBlock[];
}

/** Rich text only when there is some. */
export const rich = (source: string | null | undefined): DocBlock[] => (source?.trim() ? [{ kind: 'rich', source }] : []);
