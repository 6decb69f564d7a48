/**
 * The memo's text format: a small, safe markdown subset, parsed in ONE place for both the PDF and the
 * screen preview. Paragraphs (separated by a blank line), "- " bullets, "1. " numbered lists,
 * **bold** and *italic*. Nothing else is interpreted, and user text is never rendered as HTML.
 */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block =
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'bullets'; items: Span[][] }
  | { type: 'numbered'; start: number; items: Span[][] };

const BULLET = /^\s*[-•*]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

/** Splits **bold** and *italic* runs; unmatched markers stay as literal text. */
export function parseInline(text: string): Span[] {
  const spans: Span[] = [];
  const push = (t: string, bold: boolean, italic: boolean) => {
    if (!t) return;
    const last = spans[spans.length - 1];
    if (last && last.bold === bold && last.italic === italic) last.text += t;
    else spans.push({ text: t, bold, italic });
  };
  const re = /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(text.slice(at, m.index), false, false);
    if (m[1] !== undefined) {
      // Italic inside bold: **a *b* c**
      for (const inner of parseInline(m[1])) push(inner.text, true, inner.italic);
    } else push(m[2] ?? '', false, true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false, false);
  return spans;
}

export function parseRichText(source: string | null | undefined): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: 'paragraph', spans: parseInline(para.join(' ')) });
    para = [];
  };
  for (const raw of (source ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const last = blocks[blocks.length - 1];
    if (bullet) {
      flush();
      if (last?.type === 'bullets' && para.length === 0) last.items.push(parseInline(bullet[1]!.trim()));
      else blocks.push({ type: 'bullets', items: [parseInline(bullet[1]!.trim())] });
    } else if (numbered) {
      flush();
      if (last?.type === 'numbered') last.items.push(parseInline(numbered[2]!.trim()));
      else blocks.push({ type: 'numbered', start: Number(numbered[1]), items: [parseInline(numbered[2]!.trim())] });
    } else if (line.trim() === '') {
      flush();
      // A blank line ends a list too, so the next list starts a new block.
      blocks.push({ type: 'paragraph', spans: [] });
    } else if ((last?.type === 'bullets' || last?.type === 'numbered') && para.length === 0 && /^\s{2,}/.test(raw)) {
      // An indented line continues the previous list item.
      const items = last.items;
      items[items.length - 1] = [...items[items.length - 1]!, ...parseInline(` ${line.trim()}`)];
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return blocks.filter((b) => b.type !== 'paragraph' || b.spans.length > 0);
}

/** Plain text of a block list, for search keys. */
export function plainText(source: string | null | undefined): string {
  return parseRichText(source)
    .map((b) => (b.type === 'paragraph' ? [b.spans] : b.items).map((spans) => spans.map((s) => s.text).join('')).join(' '))
    .join(' ');
}
