import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { textsFor, fill, type DocLanguage } from './texts';

/** Noto Sans (OFL), embedded as a subset in every PDF; the renderer uses the same family (@fontsource/noto-sans). */
export const FONTS = { regular: 'NotoSans', bold: 'NotoSans-Bold', italic: 'NotoSans-Italic', boldItalic: 'NotoSans-BoldItalic' } as const;
const FILES: Record<keyof typeof FONTS, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};
/** Printed in place of a character the font has no glyph for; extracts as itself, never as a wrong letter. */
export const MISSING_GLYPH = '\uFFFD';

export type ParsedFonts = Record<keyof typeof FONTS, object>;
let parsed: Promise<ParsedFonts> | null = null;
/**
 * The four faces parsed once per process: pdfkit would parse each 600 kB file again for every document,
 * and parsing Noto Sans' layout tables held the event loop ~100-300 ms per document. fontkit itself is
 * loaded here, on the first PDF (issue 17: not at process start).
 */
export function parsedFonts(): Promise<ParsedFonts> {
  parsed ??= import('fontkit').then((fontkit) => {
    const req = createRequire(__filename);
    const read = (k: keyof typeof FONTS) => fontkit.create(readFileSync(req.resolve(`@expo-google-fonts/noto-sans/${FILES[k]}`))) as object;
    return { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  });
  // A failed load (a missing font file) is tried again by the next document.
  parsed.catch(() => (parsed = null));
  return parsed;
}

export function registerFonts(doc: PDFKit.PDFDocument, f: ParsedFonts) {
  // pdfkit takes an already parsed fontkit font as a source (anything with layout()).
  for (const k of Object.keys(FONTS) as (keyof typeof FONTS)[]) doc.registerFont(FONTS[k], f[k] as unknown as Buffer);
}

export type Script = 'arabic' | 'hebrew' | 'cjk' | 'ethiopic' | 'thai' | 'other';
const RANGES: [number, number, Script][] = [
  [0x0590, 0x05ff, 'hebrew'], [0xfb1d, 0xfb4f, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'], [0x0750, 0x077f, 'arabic'], [0x08a0, 0x08ff, 'arabic'], [0xfb50, 0xfdff, 'arabic'], [0xfe70, 0xfefe, 'arabic'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1200, 0x139f, 'ethiopic'], [0x2d80, 0x2ddf, 'ethiopic'],
  [0x1100, 0x11ff, 'cjk'], [0x2e80, 0x31ff, 'cjk'], [0x3400, 0x4dbf, 'cjk'], [0x4e00, 0x9fff, 'cjk'], [0xa960, 0xa97f, 'cjk'],
  [0xac00, 0xd7af, 'cjk'], [0xf900, 0xfaff, 'cjk'], [0xff00, 0xffef, 'cjk'], [0x20000, 0x2ffff, 'cjk'],
];
export function scriptOf(cp: number): Script {
  for (const [a, b, s] of RANGES) if (cp >= a && cp <= b) return s;
  return 'other';
}

/** Layout and invisible characters pdfkit handles itself or that need no glyph. */
const invisible = (cp: number, ch: string) =>
  cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xad || /\s/.test(ch) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;

type Features = string[] | Record<string, boolean> | undefined;
type GlyphFont = { hasGlyphForCodePoint?: (cp: number) => boolean; layout?: (text: string, features?: Features, ...rest: unknown[]) => unknown };
const tuned = new WeakSet<object>();

type Run = { glyphs: unknown[]; positions: Record<string, number>[] };
/** Shaped words kept per face; a bound keeps a long session's memory flat. */
const SHAPED_MAX = 50_000;

/**
 * Two things every text of every document passes through, set once per parsed face:
 *
 * Noto Sans' ccmp decomposes some precomposed letters (Vietnamese "ị" → "i" + dot below); pdfkit then
 * maps the shared "i" glyph to one code point only, so "Thị" would extract as "Thi". Text is NFC, and
 * with ccmp off every precomposed letter keeps its own glyph (marks are still positioned by mark/mkmk).
 *
 * Shaping a word (OpenType GSUB/GPOS in fontkit) is most of the time of a long PDF, and pdfkit's own
 * word cache lives only as long as one document: a region's status report shapes thousands of words,
 * mostly the same names, dates and figures as the last export (issue 17). The result for a text depends
 * only on the face and the features, so it is kept here for the process; each call gets its own copy
 * of the positions, because pdfkit scales them in place.
 */
function keepPrecomposed(font: GlyphFont) {
  if (tuned.has(font) || !font.layout) return;
  tuned.add(font);
  const layout = font.layout.bind(font);
  const shaped = new Map<string, Run>();
  font.layout = (text, features, ...rest) => {
    const own: Record<string, boolean> = Array.isArray(features) ? Object.fromEntries(features.map((f) => [f, true])) : { ...features };
    const key = rest.length || typeof text !== 'string' ? null : `${text}\u0000${Object.keys(own).sort().map((k) => `${k}=${own[k]}`).join()}`;
    let run = key === null ? undefined : shaped.get(key);
    if (!run) {
      run = layout(text, { ...own, ccmp: false }, ...rest) as Run;
      if (key === null) return run;
      if (shaped.size >= SHAPED_MAX) shaped.clear();
      shaped.set(key, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as Run;
    Object.assign(copy, run, { glyphs: run.glyphs.slice(), positions: run.positions.map((p) => ({ ...p })) });
    return copy;
  };
}

export interface ScriptGuard {
  /** The note for a page that printed characters the font lacks, or null. */
  noteFor(page: unknown): string | null;
  /** One warning per document (empty when every character printed). */
  warnings(): string[];
}

/**
 * Every text that reaches the page passes through here: characters the current font has no glyph for
 * become U+FFFD (a wrong glyph with a wrong text layer would be silent garbage), and the page and the
 * export are told which scripts were affected.
 */
export function scriptGuard(doc: PDFKit.PDFDocument, lang: DocLanguage): ScriptGuard {
  const all = new Set<Script>();
  const byPage = new Map<unknown, Set<Script>>();
  const current = () => (doc as unknown as { _font?: { font?: GlyphFont } })._font?.font;
  const clean = (value: unknown, drawn: boolean): unknown => {
    if (typeof value !== 'string') return value;
    const font = current();
    if (!font?.hasGlyphForCodePoint) return value;
    keepPrecomposed(font);
    const text = value.normalize('NFC');
    let out = '';
    let changed = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x7f || invisible(cp, ch) || font.hasGlyphForCodePoint(cp)) {
        out += ch;
        continue;
      }
      changed = true;
      out += MISSING_GLYPH;
      if (drawn) {
        const s = scriptOf(cp);
        all.add(s);
        let set = byPage.get(doc.page);
        if (!set) byPage.set(doc.page, (set = new Set()));
        set.add(s);
      }
    }
    return changed ? out : text;
  };
  const methods = doc as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['text', 'heightOfString', 'widthOfString', 'boundsOfString']) {
    const original = methods[name]!.bind(doc);
    methods[name] = (text: unknown, ...rest: unknown[]) => original(clean(text, name === 'text'), ...rest);
  }
  const t = textsFor(lang).documents;
  const describe = (set: Set<Script>) => fill(t.missingGlyphs, { scripts: [...set].map((s) => t.scripts[s]).join(', ') });
  return {
    noteFor: (page) => {
      const set = byPage.get(page);
      return set ? describe(set) : null;
    },
    warnings: () => (all.size ? [describe(all)] : []),
  };
}
