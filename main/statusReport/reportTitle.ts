import { longDate, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';

export function reportTitle(d: { fromDate: string; toDate: string }, lang: DocLanguage = 'da'): string {
  const span = isWholeYear(d.fromDate, d.toDate) ? d.fromDate.slice(0, 4) : `${longDate(d.fromDate, lang)} – ${longDate(d.toDate, lang)}`;
  return fill(textsFor(lang).documents.report.title, { span });
}

export function reportFileName(d: { fromDate: string; toDate: string }, ext: 'xlsx' | 'pdf', lang: DocLanguage = 'da'): string {
  const t = textsFor(lang).documents.report;
  const span = isWholeYear(d.fromDate, d.toDate) ? d.fromDate.slice(0, 4) : fill(t.spanFile, { from: d.fromDate, to: d.toDate });
  return fill(t.fileName, { span, ext });
}

export function isWholeYear(fromDate: string, toDate: string): boolean {
  return fromDate.slice(5) === '01-01' && toDate.slice(5) === '12-31' && fromDate.slice(0, 4) === toDate.slice(0, 4);
}
