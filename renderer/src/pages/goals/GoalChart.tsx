import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../preload/contract';
import { longDate } from '../../format';
import { STATUS_HEX, unitValue } from './units';

const W = 520;
const H = 190;
const PAD = { left: 56, right: 16, top: 14, bottom: 28 };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Measurements over time against the straight line from baseline to target (and the target band for a range). */
export function GoalChart({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const pts = goal.measurements;
  const x0 = Math.min(day(goal.baselineDate), ...pts.map((p) => day(p.date)));
  const x1 = Math.max(day(goal.targetDate), ...pts.map((p) => day(p.date)));
  const values = [goal.baselineValue, goal.targetValue, goal.targetMax ?? goal.targetValue, ...pts.map((p) => p.value)];
  let y0 = Math.min(...values);
  let y1 = Math.max(...values);
  const margin = (y1 - y0 || 1) * 0.12;
  y0 -= margin;
  y1 += margin;
  const sx = (d: number) => PAD.left + ((d - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (v: number) => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const target = goal.direction === 'lower' ? (goal.targetMax ?? goal.targetValue) : goal.targetValue;
  const color = STATUS_HEX[goal.progress.status];
  const ticks = [y0 + margin, (y0 + y1) / 2, y1 - margin];
  const years: number[] = [];
  for (let y = new Date(x0 * 86_400_000).getUTCFullYear() + 1; y <= new Date(x1 * 86_400_000).getUTCFullYear(); y++) years.push(y);
  const step = Math.ceil(years.length / 8);
  const line = pts.map((p) => `${sx(day(p.date)).toFixed(1)},${sy(p.value).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('goals.chartLabel', { name: goal.name })} style={{ maxWidth: W, display: 'block' }}>
      <title>{t('goals.chartLabel', { name: goal.name })}</title>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={sy(v)} y2={sy(v)} stroke="#e9ecef" />
          <text x={PAD.left - 6} y={sy(v) + 4} textAnchor="end" fontSize={10} fill="#868e96">
            {unitValue(goal.unit, Math.round(v * 10) / 10)}
          </text>
        </g>
      ))}
      {years.filter((_, i) => i % step === 0).map((y) => {
        const x = sx(day(`${y}-01-01`));
        return (
          <g key={y}>
            <line x1={x} x2={x} y1={PAD.top} y2={H - PAD.bottom} stroke="#f1f3f5" />
            <text x={x} y={H - PAD.bottom + 16} textAnchor="middle" fontSize={10} fill="#868e96">
              {y}
            </text>
          </g>
        );
      })}
      {goal.targetMax !== null && (
        <rect x={PAD.left} width={W - PAD.left - PAD.right} y={sy(goal.targetMax)} height={Math.max(1, sy(goal.targetValue) - sy(goal.targetMax))} fill="#d3f9d8" opacity={0.6}>
          <title>{t('goals.chartTarget')}</title>
        </rect>
      )}
      <line x1={sx(day(goal.baselineDate))} y1={sy(goal.baselineValue)} x2={sx(day(goal.targetDate))} y2={sy(target)} stroke="#495057" strokeDasharray="5 4" strokeWidth={1.5}>
        <title>{t('goals.chartLine')}</title>
      </line>
      <circle cx={sx(day(goal.baselineDate))} cy={sy(goal.baselineValue)} r={4} fill="#fff" stroke="#495057" strokeWidth={1.5}>
        <title>{`${t('goals.chartBaseline')}: ${unitValue(goal.unit, goal.baselineValue)} (${longDate(goal.baselineDate)})`}</title>
      </circle>
      <circle cx={sx(day(goal.targetDate))} cy={sy(target)} r={5} fill="#fff" stroke="#1c7ed6" strokeWidth={2}>
        <title>{`${t('goals.chartTarget')}: ${unitValue(goal.unit, target)} (${longDate(goal.targetDate)})`}</title>
      </circle>
      {pts.length > 1 && <polyline points={line} fill="none" stroke={color} strokeWidth={2.2} />}
      {pts.map((p) => (
        <circle key={p.id} cx={sx(day(p.date))} cy={sy(p.value)} r={3.5} fill={color}>
          <title>{`${longDate(p.date)}: ${unitValue(goal.unit, p.value)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
