import { useTranslation } from 'react-i18next';
import { wheelRings, type WheelEntry } from '../../../../preload/contract';
import { angleOf, monthFractions, MONTH_BAND, point, ringBands, sectorPath, yearFraction } from '../../../../preload/contract/wheelGeometry';
import { longDate } from '../../format';
import { entryColor } from './entryColor';

const SIZE = 640;
const C = SIZE / 2;
const R = SIZE / 2 - 8;

function clamp(iso: string, year: number) {
  return iso < `${year}-01-01` ? `${year}-01-01` : iso > `${year}-12-31` ? `${year}-12-31` : iso;
}

/** The annual wheel: months around the edge, one ring per kind, entries as dots (days) or arcs (periods). */
export function WheelSvg({ year, entries, selected, onSelect, onOpen }: { year: number; entries: WheelEntry[]; selected: string | null; onSelect: (key: string) => void; onOpen: (e: WheelEntry) => void }) {
  const { t } = useTranslation();
  const months = monthFractions(year);
  const bands = ringBands(wheelRings);
  const monthName = (i: number) => new Date(Date.UTC(year, i, 1)).toLocaleString(t('planning.locale', { defaultValue: 'da-DK' }), { month: 'long', timeZone: 'UTC' });
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: 640, display: 'block' }} role="group" aria-label={t('planning.wheelLabel', { year })} data-center={`${C},${C}`}>
      {months.slice(0, 12).map((f0, i) => {
        const a0 = angleOf(f0);
        const a1 = angleOf(months[i + 1]!);
        const mid = (a0 + a1) / 2;
        const [tx, ty] = point(C, C, R * (MONTH_BAND.r0 + MONTH_BAND.r1) / 2, mid);
        const deg = (mid * 180) / Math.PI;
        const rot = deg > 90 && deg < 270 ? deg + 180 : deg;
        return (
          <g key={i} data-month={i + 1}>
            <path d={sectorPath(C, C, R * MONTH_BAND.r0, R * MONTH_BAND.r1, a0, a1)} fill={i % 2 ? '#dbe4ef' : '#1f4e79'} />
            {bands.map((b) => (
              <path key={b.ring} d={sectorPath(C, C, R * b.r0, R * b.r1, a0, a1)} fill={i % 2 ? '#ffffff' : '#eef2f7'} stroke="#c9ced6" strokeWidth={0.5} />
            ))}
            <text x={tx} y={ty} transform={`rotate(${rot} ${tx} ${ty})`} textAnchor="middle" dominantBaseline="central" fontSize={13} fontWeight={700} fill={i % 2 ? '#1f4e79' : '#ffffff'} style={{ textTransform: 'uppercase', letterSpacing: 1 }}>
              {monthName(i)}
            </text>
          </g>
        );
      })}
      <text x={C} y={C - 4} textAnchor="middle" fontSize={46} fontWeight={700} fill="#1f4e79">
        {year}
      </text>
      <text x={C} y={C + 24} textAnchor="middle" fontSize={13} fill="#5c5f66">
        {t('planning.wheel')}
      </text>
      {entries.map((e) => {
        const b = bands.find((x) => x.ring === e.ring)!;
        const mid = R * (b.r0 + b.r1) / 2;
        const a = angleOf(yearFraction(clamp(e.date, year), year));
        const isSel = selected === e.key;
        const label = `${e.title}, ${longDate(e.date)}${e.endDate ? ` – ${longDate(e.endDate)}` : ''}`;
        const common = {
          role: 'button',
          tabIndex: 0,
          'aria-label': label,
          'aria-pressed': isSel,
          'data-entry': e.key,
          style: { cursor: 'pointer', outline: 'none' },
          onMouseEnter: () => onSelect(e.key),
          onFocus: () => onSelect(e.key),
          onClick: () => onSelect(e.key),
          onDoubleClick: () => onOpen(e),
          onKeyDown: (ev: React.KeyboardEvent) => {
            if (ev.key === 'Enter') onOpen(e);
          },
        } as const;
        if (e.endDate) {
          const a1 = angleOf(yearFraction(clamp(e.endDate, year), year));
          const h = (R * (b.r1 - b.r0)) / 5;
          return (
            <path key={e.key} d={sectorPath(C, C, mid - h, mid + h, a, Math.max(a1, a + 0.02))} fill={entryColor(e)} opacity={isSel ? 1 : 0.75} stroke={isSel ? '#1a1a1a' : 'none'} {...common}>
              <title>{label}</title>
            </path>
          );
        }
        const [x, y] = point(C, C, mid, a);
        return (
          <circle key={e.key} cx={x} cy={y} r={isSel ? 10 : 7} fill={entryColor(e)} stroke={isSel ? '#1a1a1a' : '#ffffff'} strokeWidth={isSel ? 2.5 : 1.5} {...common}>
            <title>{label}</title>
          </circle>
        );
      })}
      {/* Ring names last, with a white halo, so a period arc across January does not hide them. */}
      {bands.map((b) => {
        const [x, y] = point(C, C, R * (b.r0 + b.r1) / 2, 0);
        return (
          <text key={b.ring} x={x + 4} y={y} fontSize={9} fill="#5c5f66" dominantBaseline="central" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" pointerEvents="none">
            {t(`wheelRing.${b.ring}`)}
          </text>
        );
      })}
    </svg>
  );
}
