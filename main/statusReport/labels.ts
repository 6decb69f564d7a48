import type { Goal, GoalUnit } from '../../preload/contract';
import { decimal, integer, kroner, percent, type DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';

/** Labels for documents in the reader's language, from the same texts the screens use. */
export const labelsFor = (lang: DocLanguage) => {
  const t = textsFor(lang);
  return { status: t.initiativeStatus, goalStatus: t.goalStatus, goalKind: t.goalKind };
};
const da = labelsFor('da');
export const statusLabel = da.status;
export const goalStatusLabel = da.goalStatus;
export const goalKindLabel = da.goalKind;

/** Excel number formats per unit; percent goals are stored in points (85) and written as fractions (0,85). */
export const XLSX_FORMAT: Record<GoalUnit, string> = { percent: '0.0 %', count: '#,##0', dkk: '#,##0 "kr."' };
export const xlsxValue = (unit: GoalUnit, v: number) => (unit === 'percent' ? v / 100 : v);

export function unitValue(unit: GoalUnit, v: number, lang: DocLanguage = 'da'): string {
  if (unit === 'percent') return percent(v, lang);
  if (unit === 'dkk') return kroner(v, lang);
  return Number.isInteger(v) ? integer(v, lang) : decimal(v, 1, lang);
}

/** "95,0 %" or "80–100" for a range. */
export function targetText(g: Goal, lang: DocLanguage = 'da'): string {
  if (g.targetMax === null) return unitValue(g.unit, g.targetValue, lang);
  const upper = unitValue(g.unit, g.targetMax, lang);
  const lower = g.unit === 'count' ? integer(g.targetValue, lang) : unitValue(g.unit, g.targetValue, lang);
  return g.unit === 'count' ? `${lower}–${upper}` : `${lower} – ${upper}`;
}

export const levelText = (g: Goal, lang: DocLanguage = 'da') => (g.initiative ? `${g.initiative.name} (${g.initiative.trackName})` : textsFor(lang).documents.report.partnership);
