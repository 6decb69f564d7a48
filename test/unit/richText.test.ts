import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText, plainText } from '../../preload/contract/richText';

describe('memo text format', () => {
  it('parses paragraphs, bullets, numbered lists, bold and italic', () => {
    const blocks = parseRichText('Første linje\nfortsætter.\n\n- **Fed** punkt\n- *kursiv*\n\n3. tre\n4. fire\nAfslutning');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'bullets', 'numbered', 'paragraph']);
    expect(blocks[0]).toEqual({ type: 'paragraph', spans: [{ text: 'Første linje fortsætter.', bold: false, italic: false }] });
    expect(blocks[1]).toMatchObject({ items: [[{ text: 'Fed', bold: true }, { text: ' punkt', bold: false }], [{ text: 'kursiv', italic: true }]] });
    expect(blocks[2]).toMatchObject({ type: 'numbered', start: 3, items: [[{ text: 'tre' }], [{ text: 'fire' }]] });
  });

  it('leaves unmatched markers and HTML as literal text', () => {
    expect(parseInline('2 * 3 = 6 og <b>ikke html</b>')).toEqual([{ text: '2 * 3 = 6 og <b>ikke html</b>', bold: false, italic: false }]);
    expect(parseInline('**fed *og kursiv* fed**').map((s) => [s.text, s.bold, s.italic])).toEqual([
      ['fed ', true, false],
      ['og kursiv', true, true],
      [' fed', true, false],
    ]);
    expect(plainText('- **a**\n- b')).toBe('a b');
  });
});

describe('formatting buttons', () => {
  it('wraps the selection and toggles lists on the selected lines', async () => {
    const { wrap, toList } = await import('../../renderer/src/pages/memos/richTextEditing');
    expect(wrap({ value: 'et fælles korps', start: 3, end: 9 }, '**')).toEqual({ value: 'et **fælles** korps', start: 5, end: 11 });
    const listed = toList({ value: 'Intro\nen\nto', start: 6, end: 11 }, 'numbered');
    expect(listed.value).toBe('Intro\n1. en\n2. to');
    expect(toList({ ...listed, start: 6, end: listed.value.length }, 'numbered').value).toBe('Intro\nen\nto');
    expect(toList({ value: '1. en', start: 0, end: 0 }, 'bullets').value).toBe('- en');
  });
});
