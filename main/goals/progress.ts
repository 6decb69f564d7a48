import { da } from '../../preload/texts/da';
import { daysBetween } from '../app/days';
import type { GoalDirection, GoalProgress, Measurement } from '../../preload/contract';

/** How far behind the straight line a goal may be and still count as "at risk" (the rule text in goals.json says 15). */
export const AT_RISK_MARGIN = 0.15;

/** The rule in words, written once in the Danish texts; the screen and the report's notes both print it. */
export const PROGRESS_RULE_DA = da.goals.rule;

export interface GoalLine {
  direction: GoalDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetMax: number | null;
  targetDate: string;
}

/** The value that counts as reaching the goal: for a range, its edge nearest the baseline. */
export function effectiveTarget(g: GoalLine): number {
  return g.direction === 'lower' ? (g.targetMax ?? g.targetValue) : g.targetValue;
}

/** Share of the way from baseline to target a value has come. */
export function shareOfWay(g: GoalLine, value: number): number {
  const span = effectiveTarget(g) - g.baselineValue;
  return span === 0 ? (value === g.baselineValue ? 1 : 0) : (value - g.baselineValue) / span;
}

/** Where the straight line from baseline to target is on a date, as a share of the way (0–1). */
export function expectedShare(g: GoalLine, asOf: string): number {
  const total = daysBetween(g.baselineDate, g.targetDate);
  const gone = daysBetween(g.baselineDate, asOf);
  return total <= 0 ? 1 : Math.min(1, Math.max(0, gone / total));
}

/** The one place progress and status are computed; screens and both report files use it. */
export function goalProgress(g: GoalLine, measurements: Measurement[], asOf: string): GoalProgress {
  const upTo = measurements.filter((x) => x.date <= asOf);
  const latest = upTo.length ? upTo.reduce((a, b) => (b.date > a.date || (b.date === a.date && b.id > a.id) ? b : a)) : null;
  const expected = expectedShare(g, asOf);
  if (!latest) return { latest: null, progress: null, expected, status: 'no_data', reached: false, asOf };
  const progress = shareOfWay(g, latest.value);
  const reached = progress >= 1 - 1e-9;
  const status = reached || progress >= expected - 1e-9 ? 'on_track' : progress >= expected - AT_RISK_MARGIN ? 'at_risk' : 'off_track';
  return { latest, progress, expected, status, reached, asOf };
}
