/**
 * Dates and times as people type them in Danish offices: 15-04-2027, 15.4.27, 15/4 (this year), 2027-04-15;
 * 9.30, 0930, 9:30, 9. Pure functions, so the parsing is tested without a browser.
 */
const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A typed date as YYYY-MM-DD, or null when it is not a whole, real date. `today` fills a missing year. */
export function parseDateText(text: string, today: Date = new Date()): string | null {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-./ ](\d{1,2})(?:[-./ ](\d{2}|\d{4}))?\.?$/.exec(s);
  const compact = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy || compact) {
    const [, dd, mm, yy] = (dmy ?? compact)!;
    d = Number(dd);
    m = Number(mm);
    if (yy === undefined) y = today.getFullYear();
    else y = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  } else return null;
  if (y < 1900 || y > 2200 || !validDay(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A typed time as HH:MM, or null. "9" is 09:00; "930" and "0930" are 09:30; "9.30", "9:30" and "9,30" too. */
export function parseTimeText(text: string): string | null {
  const s = text.trim().replace(/\s/g, '');
  let h: number;
  let min: number;
  const sep = /^(\d{1,2})[.:,](\d{2})$/.exec(s);
  const digits = /^(\d{1,4})$/.exec(s);
  if (sep) [h, min] = [Number(sep[1]), Number(sep[2])];
  else if (digits) {
    const v = digits[1]!;
    if (v.length <= 2) [h, min] = [Number(v), 0];
    else [h, min] = [Number(v.slice(0, v.length - 2)), Number(v.slice(-2))];
  } else return null;
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}
