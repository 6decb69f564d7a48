import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type INumberingOptions,
} from 'docx';
import { parseInline, parseRichText, type Span } from '../../preload/contract/richText';
import type { Letterhead } from '../houseStyle/letterhead';
import type { DocBlock, DocModel } from './blocks';
import { baseStylesXml, paragraphStyles, STYLE } from './docxStyles';

const PAGE = { width: 11906, height: 16838, margin: { top: 1600, bottom: 1400, left: 1400, right: 1400, header: 600, footer: 600 } };
const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const DEFAULT_ACCENT = '#1f4e79';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

const ASIDE_TAB = { tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }] };
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** "Title<tab>13.30–14.00"; after a right-to-left name a left-to-right mark keeps the time reading left to right. */
const withAside = (text: string, aside: string) => `${text}\t${RTL.test(text) ? '\u200e' : ''}${aside}`;

/** Runs of a line of text; a line break inside stays a line break. */
function runs(spans: Span[], extra: { bold?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const s of spans) {
    s.text.split('\n').forEach((part, i) => out.push(new TextRun({ text: part, bold: s.bold || extra.bold, italics: s.italic, break: i > 0 ? 1 : undefined })));
  }
  return out;
}
const plain = (text: string, extra: { bold?: boolean } = {}) => runs([{ text, bold: false, italic: false }], extra);

/** Lists: each list gets its own numbering instance so it starts again at its first number. */
class Lists {
  private instance = 0;
  readonly starts = new Set<number>([1]);
  next() {
    return ++this.instance;
  }
  numbered(start: number) {
    this.starts.add(start);
    return `numbered-${start}`;
  }
  config(): INumberingOptions {
    const indent = { left: 460, hanging: 360 };
    return {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }] },
        ...[...this.starts].map((start) => ({
          reference: `numbered-${start}`,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
        })),
      ],
    };
  }
}

function listParagraphs(lists: Lists, ordered: boolean, start: number, items: Span[][]): Paragraph[] {
  const instance = lists.next();
  const reference = ordered ? lists.numbered(start) : 'bullets';
  return items.map((spans) => new Paragraph({ style: ordered ? STYLE.listNumber : STYLE.listBullet, numbering: { reference, level: 0, instance }, children: runs(spans) }));
}

function richParagraphs(lists: Lists, source: string): Paragraph[] {
  return parseRichText(source).flatMap((b) => {
    if (b.type === 'paragraph') return [new Paragraph({ children: runs(b.spans) })];
    return listParagraphs(lists, b.type === 'numbered', b.type === 'numbered' ? b.start : 1, b.items);
  });
}

function table(b: Extract<DocBlock, { kind: 'table' }>): Table {
  const shares = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.round((c.width / shares) * CONTENT_WIDTH));
  const row = (cells: string[], header: boolean, bold: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            children: [new Paragraph({ style: STYLE.tableText, alignment: b.columns[i]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: plain(text, { bold }) })],
          }),
      ),
    });
  return new Table({
    style: STYLE.table,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(b.columns.map((c) => c.header), true, true), ...b.rows.map((r, i) => row(r, false, !!b.boldLastRow && i === b.rows.length - 1))],
  });
}

function blockChildren(b: DocBlock, lists: Lists): FileChild[] {
  switch (b.kind) {
    case 'kicker':
      return [new Paragraph({ style: STYLE.kicker, children: plain(b.text) })];
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: plain(b.text) })];
    case 'heading':
      // The aside (an item's time) right-aligned at a tab, as on the PDF; the tab also keeps it out of a right-to-left name's run.
      return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, ...(b.aside ? ASIDE_TAB : {}), children: plain(b.aside ? withAside(b.text, b.aside) : b.text) })];
    case 'facts':
      return b.rows.map(([label, value]) => new Paragraph({ style: STYLE.facts, children: [new TextRun({ text: label, bold: true }), new TextRun({ text: '\t' }), ...plain(value || '–')] }));
    case 'rich':
      return richParagraphs(lists, b.source);
    case 'paragraph':
      return [new Paragraph({ style: b.tone === 'note' ? STYLE.note : b.tone === 'muted' ? STYLE.muted : undefined, children: plain(b.text) })];
    case 'list':
      return listParagraphs(lists, b.ordered, b.start ?? 1, b.items.map((s) => (b.literal ? [{ text: s, bold: false, italic: false }] : parseInline(s.replace(/\s*\n\s*/g, ' ')))));
    case 'label':
      return [new Paragraph({ style: STYLE.label, children: plain(b.text) })];
    case 'meta':
      return [new Paragraph({ style: STYLE.meta, children: plain(b.text) })];
    case 'break':
      return [new Paragraph({ style: STYLE.break, ...ASIDE_TAB, children: plain(withAside(b.text, b.aside)) })];
    case 'table':
      return [table(b), new Paragraph({ children: [] })];
  }
}

function logoRun(l: NonNullable<Letterhead['logo']>): ImageRun {
  // Fits the logo in 200 × 61 px (150 × 46 pt), as on the PDF.
  const scale = Math.min(200 / l.width, 61 / l.height);
  const transformation = { width: Math.round(l.width * scale), height: Math.round(l.height * scale) };
  if (l.svg) return new ImageRun({ type: 'svg', data: l.svg, transformation, fallback: { type: 'png', data: l.png }, altText: { name: 'Logo', description: 'Logo', title: 'Logo' } });
  return new ImageRun({ type: 'png', data: l.png, transformation, altText: { name: 'Logo', description: 'Logo', title: 'Logo' } });
}

/** Page 1's header: the municipality and the partnership left, the logo right (a table without borders). */
function letterheadHeader(l: Letterhead & { logo: NonNullable<Letterhead['logo']> }, notice: string | undefined): Header {
  const half = Math.round(CONTENT_WIDTH / 2);
  const left = [
    ...(l.municipality ? [new Paragraph({ style: STYLE.header, children: [new TextRun({ text: l.municipality, bold: true, size: 24, color: l.accent.replace('#', '') })] })] : []),
    new Paragraph({ style: STYLE.header, children: plain(l.partnership) }),
    ...(notice ? [new Paragraph({ style: STYLE.header, children: plain(notice, { bold: true }) })] : []),
  ];
  return new Header({
    children: [
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: [half, CONTENT_WIDTH - half],
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            children: [
              new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
              new TableCell({ width: { size: CONTENT_WIDTH - half, type: WidthType.DXA }, borders: NO_BORDERS, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [logoRun(l.logo)] })] }),
            ],
          }),
        ],
      }),
      new Paragraph({ style: STYLE.header, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C9CED6', space: 4 } }, children: [] }),
    ],
  });
}

/** Every other page (and page 1 without a logo): the partnership left, the document right, as on the PDF. */
function runningHeader(model: DocModel, notice: string | undefined): Header {
  const right = notice ? `${model.title} – ${notice}` : model.title;
  return new Header({
    children: [new Paragraph({ style: STYLE.header, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C9CED6', space: 4 } }, children: [...plain(model.partnership), new TextRun({ text: '\t' }), ...plain(right)] })],
  });
}

function pageFooter(model: DocModel, senderLines: string[]): Footer {
  const [page, of] = model.language === 'en' ? ['Page', 'of'] : ['Side', 'af'];
  return new Footer({
    children: [
      ...(senderLines.length ? [new Paragraph({ style: STYLE.footer, alignment: AlignmentType.LEFT, children: plain(senderLines.join('  ·  ')) })] : []),
      new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES] })] }),
    ],
  });
}

/**
 * The Word version of a document: real named styles (Title, Heading 1–2, List Number, the
 * "Samspil tabel" table style), the letterhead in page 1's header when a logo is set, page numbers
 * in the footer. A draft says so in the header (Word has no watermark that every reader shows).
 */
export async function renderDocx(model: DocModel, letterhead: Letterhead | null): Promise<Buffer> {
  const accent = letterhead?.accent ?? DEFAULT_ACCENT;
  const lists = new Lists();
  const children = model.blocks.flatMap((b) => blockChildren(b, lists));
  const withLogo = letterhead?.logo ? (letterhead as Letterhead & { logo: NonNullable<Letterhead['logo']> }) : null;
  const doc = new Document({
    creator: 'Samspil',
    title: model.title,
    description: model.partnership,
    externalStyles: baseStylesXml(accent, model.language),
    styles: paragraphStyles(accent),
    numbering: lists.config(),
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { first: withLogo ? letterheadHeader(withLogo, model.watermark) : runningHeader(model, model.watermark), default: runningHeader(model, model.watermark) },
        footers: { first: pageFooter(model, withLogo ? withLogo.lines : []), default: pageFooter(model, []) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
