import { Paper, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { wheelRings, type WheelEntry } from '../../../../preload/contract';
import { longDate } from '../../format';
import { entryColor } from './entryColor';

// A month is at least 120 px and a label shows its whole text ("22. Økonomiudvalget behandler …", the full title
// also in the tooltip); at 1280 px the year scrolls sideways with the band names kept in view, at 1920 px it fits.
const MONTH_MIN = 120;
// The band names' column, with the box's left padding inside it so that nothing scrolls past them.
const LABEL = 176;
const MIN_WIDTH = LABEL + 12 * MONTH_MIN;
const COLUMNS = `${LABEL}px repeat(12, minmax(${MONTH_MIN}px, 1fr))`;
const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', paddingLeft: 16, boxSizing: 'border-box' } as const;

function monthOf(iso: string, year: number) {
  if (iso < `${year}-01-01`) return 0;
  if (iso > `${year}-12-31`) return 11;
  return Number(iso.slice(5, 7)) - 1;
}

/** The same year as a linear timeline: months across, one band per ring; periods span their months. */
export function TimelineTab({ year, entries }: { year: number; entries: WheelEntry[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // Where the year does not fit (1280 px), this year's timeline opens at the month before this one.
  useEffect(() => {
    const now = new Date();
    if (box.current && now.getFullYear() === year) box.current.scrollLeft = Math.max(0, now.getMonth() - 1) * MONTH_MIN;
  }, [year]);
  const monthName = (i: number) => new Date(Date.UTC(year, i, 1)).toLocaleString(t('planning.locale'), { month: 'short', timeZone: 'UTC' });
  return (
    <Paper withBorder py="md" pr="md" pl={0} style={{ overflowX: 'auto' }} ref={box}>
      <div style={{ display: 'grid', gridTemplateColumns: COLUMNS, minWidth: MIN_WIDTH, borderBottom: '2px solid var(--mantine-color-blue-9)' }}>
        <div style={sticky} />
        {Array.from({ length: 12 }, (_, i) => (
          <Text key={i} size="sm" fw={700} c="blue.9" ta="center" tt="capitalize" py={4} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
            {monthName(i)}
          </Text>
        ))}
      </div>
      {wheelRings.map((ring) => {
        const list = entries.filter((e) => e.ring === ring);
        return (
          <div key={ring} role="region" aria-label={t(`wheelRing.${ring}`)} style={{ display: 'flex', minWidth: MIN_WIDTH, borderBottom: '1px solid var(--mantine-color-gray-3)', minHeight: 40, padding: '6px 0' }}>
            <Text size="sm" fw={600} w={LABEL} style={{ flexShrink: 0, ...sticky }}>
              {t(`wheelRing.${ring}`)}
            </Text>
            <div style={{ display: 'grid', gridTemplateColumns: `repeat(12, minmax(${MONTH_MIN}px, 1fr))`, gridAutoFlow: 'row dense', rowGap: 4, flex: 1, alignContent: 'start' }}>
              {list.map((e) => {
                const from = monthOf(e.date, year);
                const to = e.endDate ? monthOf(e.endDate, year) : from;
                return (
                  <Tooltip key={e.key} label={`${e.title} · ${longDate(e.date)}${e.endDate ? ` – ${longDate(e.endDate)}` : ''}`} openDelay={200}>
                    <UnstyledButton
                      onClick={() => (window.location.hash = `#/${e.route}`)}
                      data-month={from + 1}
                      style={{ gridColumn: `${from + 1} / span ${to - from + 1}`, background: entryColor(e), color: 'white', borderRadius: 4, padding: '2px 6px', margin: '0 2px', overflow: 'hidden' }}
                    >
                      <Text size="xs" c="white" lh={1.25} style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
                        {e.date.slice(8, 10).replace(/^0/, '')}. {e.title}
                      </Text>
                    </UnstyledButton>
                  </Tooltip>
                );
              })}
            </div>
          </div>
        );
      })}
    </Paper>
  );
}
