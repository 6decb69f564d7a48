import { longDate } from '../documents/format';

export function reportTitle(d: { fromDate: string; toDate: string }): string {
  return isWholeYear(d.fromDate, d.toDate) ? `Statusrapport ${d.fromDate.slice(0, 4)}` : `Statusrapport ${longDate(d.fromDate)} – ${longDate(d.toDate)}`;
}

export function reportFileName(d: { fromDate: string; toDate: string }, ext: 'xlsx' | 'pdf'): string {
  const span = isWholeYear(d.fromDate, d.toDate) ? d.fromDate.slice(0, 4) : `${d.fromDate} til ${d.toDate}`;
  return `Statusrapport ${span}.${ext}`;
}

export function isWholeYear(fromDate: string, toDate: string): boolean {
  return fromDate.slice(5) === '01-01' && toDate.slice(5) === '12-31' && fromDate.slice(0, 4) === toDate.slice(0, 4);
}
