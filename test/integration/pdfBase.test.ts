import { describe, expect, it } from 'vitest';
import { createPdf, heading, keyValues, paragraph, table, title } from '../../main/documents/pdf';
import { kroner, longDate, percent, integer, clock } from '../../main/documents/format';
import { pdfPageCount, pdfText } from '../helpers/pdf';

describe('document base', () => {
  it('formats the Danish way', () => {
    expect(longDate('2026-11-22')).toBe('22. november 2026');
    expect(integer(1547)).toBe('1.547');
    expect(percent(85).replace(/\s/g, ' ')).toBe('85,0 %');
    expect(kroner(133000).replace(/\s/g, ' ')).toBe('133.000 kr.');
    expect(clock('13:20')).toBe('13.20');
  });

  it('writes a multi-page PDF with æøå, a repeated table header and "Side x af N"', async () => {
    const { doc, finish } = await createPdf({ title: 'Dagsorden', partnership: 'Ungepartnerskabet i Hvidovre', watermark: 'KLADDE' });
    title(doc, 'Temamøde om praktikpladser', 'Tirsdag den 14. april 2026');
    keyValues(doc, [['Sted', 'Rådhuset, mødelokale 2'], ['Tid', '13.00–16.00']]);
    heading(doc, '1. Godkendelse af dagsorden');
    paragraph(doc, 'Ærø, Ølstykke og Åbenrå – „citat“ og æøå ÆØÅ.');
    const rows = Array.from({ length: 80 }, (_, i) => [`Række ${i + 1}`, kroner(1000 * i)]);
    table(doc, [{ header: 'Post', width: 3 }, { header: 'Beløb', width: 1, align: 'right' }], rows);
    const pdf = await finish();
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text).toContain('Ærø, Ølstykke og Åbenrå – „citat“ og æøå ÆØÅ.');
    expect(text).toContain(`Side 1 af ${pages}`);
    expect(text).toContain(`Side ${pages} af ${pages}`);
    expect(text.match(/Beløb/g)?.length).toBe(pages);
    expect(text).toContain('79.000');
  });
});
