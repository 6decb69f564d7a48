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
