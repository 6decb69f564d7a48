import { importLimits, limitError, type ImportBudget } from './importLimits';

export interface XmlHandlers {
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));|_x([0-9a-fA-F]{4})_/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references, and Excel's own _xHHHH_ escapes. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('_x')) return raw;
  return raw.replace(ENTITY, (m, hex?: string, dec?: string, named?: string, excel?: string) => {
    if (named) return NAMED[named]!;
    const code = parseInt(hex ?? excel ?? dec!, hex || excel ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const attrPatterns = new Map<string, RegExp>();

export function attr(tag: string, name: string): string | null {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeXmlText(m[1] ?? m[2] ?? '') : null;
}

/**
 * A small streaming scanner for the part of XML that spreadsheets use. Text is kept only while a
 * handler asks for it (startText), and never beyond the per-cell bound, so whitespace or one giant
 * cell costs time (bounded by the inflated-bytes limit) but never memory.
 */
export class XmlScanner {
  private inTag = false;
  private tag = '';
  private capturing = false;
  private text = '';

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly budget: ImportBudget,
  ) {}

  startText(): void {
    this.capturing = true;
    this.text = '';
  }

  /** Stops capturing and returns the decoded text. */
  endText(): string {
    this.capturing = false;
    const out = decodeXmlText(this.text);
    this.text = '';
    return out;
  }

  private addText(piece: string): void {
    if (!this.capturing || piece.length === 0) return;
    this.text += piece;
    // Raw text may be longer than decoded text (entities), never more than ten times.
    if (this.text.length > this.budget.limits.cellChars * 10) throw limitError.cellChars(this.budget.limits);
  }

  feed(s: string): void {
    let i = 0;
    while (i < s.length) {
      if (!this.inTag) {
        const j = s.indexOf('<', i);
        if (j < 0) {
          this.addText(s.slice(i));
          return;
        }
        this.addText(s.slice(i, j));
        this.inTag = true;
        this.tag = '';
        i = j + 1;
        continue;
      }
      const j = s.indexOf('>', i);
      if (j < 0) {
        this.tag += s.slice(i);
        this.checkTag();
        return;
      }
      this.tag += s.slice(i, j);
      i = j + 1;
      this.checkTag();
      // A '>' inside a comment or CDATA section does not end it.
      if (this.tag.startsWith('!--') && !this.tag.endsWith('--')) {
        this.tag += '>';
        continue;
      }
      if (this.tag.startsWith('![CDATA[') && !this.tag.endsWith(']]')) {
        this.tag += '>';
        continue;
      }
      this.inTag = false;
      this.handleTag(this.tag);
      this.tag = '';
    }
  }

  private checkTag(): void {
    const limit = this.tag.startsWith('![CDATA[') ? this.budget.limits.cellChars * 10 : (this.budget.limits.tagChars ?? importLimits.tagChars);
    if (this.tag.length > limit) throw limitError.tagChars();
  }

  private handleTag(t: string): void {
    if (t.startsWith('![CDATA[')) {
      this.addText(t.slice(8, -2).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      return;
    }
    if (t.startsWith('?') || t.startsWith('!')) return;
    if (t.startsWith('/')) {
      this.handlers.close(localName(t.slice(1)));
      return;
    }
    const selfClosing = t.endsWith('/');
    const name = localName(t);
    this.handlers.open(name, t, selfClosing);
    if (selfClosing) this.handlers.close(name);
  }
}

function localName(t: string): string {
  const m = /^[^\s/>]+/.exec(t);
  const full = m ? m[0] : '';
  const colon = full.indexOf(':');
  return colon >= 0 ? full.slice(colon + 1) : full;
}
