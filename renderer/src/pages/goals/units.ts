import type { Goal, GoalUnit } from '../../../../preload/contract';
import { integer, percent } from '../../format';

export function unitValue(unit: GoalUnit, v: number): string {
  if (unit === 'percent') return percent(v);
  const n = Number.isInteger(v) ? integer(v) : new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(v);
  return unit === 'dkk' ? `${n} kr.` : n;
}

export const targetText = (g: Pick<Goal, 'unit' | 'targetValue' | 'targetMax'>) => (g.targetMax === null ? unitValue(g.unit, g.targetValue) : `${unitValue(g.unit, g.targetValue)}–${unitValue(g.unit, g.targetMax)}`);

export const STATUS_COLOR = { on_track: 'green', at_risk: 'yellow', off_track: 'red', no_data: 'gray' } as const;
export const STATUS_HEX = { on_track: '#2f9e44', at_risk: '#f08c00', off_track: '#e03131', no_data: '#868e96' } as const;
