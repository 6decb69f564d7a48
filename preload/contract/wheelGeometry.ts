/**
 * Geometry of the annual wheel, shared by the screen (SVG) and the A3 print (pdfkit), so both draw
 * the same wheel: January at the top, clockwise, one day per 1/365 of the circle.
 */
import type { WheelRing } from './planning';

const DAY = 86_400_000;

export function yearFraction(iso: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY;
  const t = (Date.parse(`${iso}T00:00:00Z`) - start) / DAY;
  return Math.min(1, Math.max(0, (t + 0.5) / days));
}

/** Radians, measured clockwise from 12 o'clock. */
export const angleOf = (fraction: number) => fraction * 2 * Math.PI;

export function point(cx: number, cy: number, r: number, angle: number): [number, number] {
  return [cx + r * Math.sin(angle), cy - r * Math.cos(angle)];
}

const f = (n: number) => n.toFixed(2);

/** An annulus sector from angle a0 to a1 between radii r0 < r1, as an SVG path. */
export function sectorPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [x1, y1] = point(cx, cy, r1, a0);
  const [x2, y2] = point(cx, cy, r1, a1);
  const [x3, y3] = point(cx, cy, r0, a1);
  const [x4, y4] = point(cx, cy, r0, a0);
  return `M ${f(x1)} ${f(y1)} A ${f(r1)} ${f(r1)} 0 ${large} 1 ${f(x2)} ${f(y2)} L ${f(x3)} ${f(y3)} A ${f(r0)} ${f(r0)} 0 ${large} 0 ${f(x4)} ${f(y4)} Z`;
}

/** Month boundaries as fractions of the year (13 values, 0 … 1). */
export function monthFractions(year: number): number[] {
  const out: number[] = [];
  for (let mth = 0; mth <= 12; mth++) {
    const start = Date.UTC(year, 0, 1);
    out.push((Date.UTC(year, mth, 1) - start) / (Date.UTC(year + 1, 0, 1) - start));
  }
  return out;
}

/** Inner and outer radius of each ring, as fractions of the wheel's radius (month band outermost). */
export function ringBands(rings: readonly WheelRing[]): { ring: WheelRing; r0: number; r1: number }[] {
  const inner = 0.3;
  const outer = 0.86;
  const step = (outer - inner) / rings.length;
  // The first ring (milestones) sits outermost, next to the month names.
  return rings.map((ring, i) => ({ ring, r0: outer - (i + 1) * step, r1: outer - i * step }));
}

export const MONTH_BAND = { r0: 0.87, r1: 1 };

/** One colour per category across screen and print, so the wall copy matches the app; each reaches 4.5:1 as text on its own tint and behind white text (WCAG AA). */
export const categoryColor: Record<string, string> = {
  political_deadline: '#9e2b1f',
  council_meeting: '#1f4e79',
  report_due: '#7f4a00',
  budget: '#196b3b',
  other: '#525c5d',
  meetings: '#215f88',
  memos: '#7d3b99',
  initiatives: '#0e6655',
};
