import { da } from '../../preload/texts/da';
import type { Goal, GoalUnit } from '../../preload/contract';
import { decimal, integer, kroner, percent } from '../documents/format';

/** Danish labels for documents, from the same texts the screens use. */
export const statusLabel = da.initiativeStatus;
export const goalStatusLabel = da.goalStatus;
export const goalKindLabel = da.goalKind;

/** Excel number formats per unit; percent goals are stored in points (85) and written as fractions (0,85). */
export const XLSX_FORMAT: Record<GoalUnit, string> = { percent: '0.0 %', count: '#,##0', dkk: '#,##0 "kr."' };
export const xlsxValue = (unit: GoalUnit, v: number) => (unit === 'percent' ? v / 100 : v);

export function unitValue(unit: GoalUnit, v: number): string {
  if (unit === 'percent') return percent(v);
  if (unit === 'dkk') return kroner(v);
  return Number.isInteger(v) ? integer(v) : decimal(v);
}

/** "95,0 %" or "80–100" for a range. */
export function targetText(g: Goal): string {
  if (g.targetMax === null) return unitValue(g.unit, g.targetValue);
  const upper = unitValue(g.unit, g.targetMax);
  const lower = g.unit === 'count' ? integer(g.targetValue) : unitValue(g.unit, g.targetValue);
  return g.unit === 'count' ? `${lower}–${upper}` : `${lower} – ${upper}`;
}

export const levelText = (g: Goal) => (g.initiative ? `${g.initiative.name} (${g.initiative.trackName})` : 'Partnerskabet');
