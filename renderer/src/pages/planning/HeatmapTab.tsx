import { Group, Paper, SegmentedControl, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvolvementMatrix, Relation } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { kindOptions, relationOptions } from '../actors/options';

function cellColor(n: number, max: number) {
  if (n === 0) return undefined;
  const a = 0.2 + 0.8 * (n / Math.max(1, max));
  return `rgba(31, 78, 121, ${a.toFixed(2)})`;
}

type Row = InvolvementMatrix['rows'][number];

const trClass = Table.Tr.classes.tr;
const tdClass = Table.Td.classes.td;
const buttonClass = `${UnstyledButton.classes.root} mantine-focus-auto`;

/**
 * One actor's row in plain table elements with Mantine's own table classes (and .heat-* in app.css), so it
 * looks as Table.Tr/Td did. As Mantine components (each a Box resolving its props and styles) a page of 100
 * rows × 14 cells was one renderer task of 124 ms at low load and over a second on a loaded machine.
 * Memoised: another render of the page (a filter's dropdown, the scroll) leaves unchanged rows alone.
 */
const HeatRow = memo(function HeatRow({ row: r, max, index, ref }: { row: Row; max: number; index: number; ref: (el: HTMLTableRowElement | null) => void }) {
  const org = r.actorKind === 'organisation';
  return (
    <tr ref={ref} data-index={index} aria-rowindex={index + 2} className={trClass} data-with-row-border>
      <td className={org ? tdClass : `${tdClass} heat-person`} data-with-column-border>
        <button
          type="button"
          className={`${buttonClass} heat-name`}
          data-org={org || undefined}
          data-none={r.total === 0 || undefined}
          onClick={() => (window.location.hash = `#/actors/${org ? 'organisations' : 'people'}/${r.actorId}`)}
        >
          {r.name}
        </button>
      </td>
      {r.counts.map((n, i) =>
        n === 0 ? (
          <td key={i} className={`${tdClass} heat-count`} data-with-column-border />
        ) : (
          <td key={i} className={`${tdClass} heat-count`} data-with-column-border style={{ background: cellColor(n, max), color: n / Math.max(1, max) > 0.5 ? 'white' : undefined }}>
            {n}
          </td>
        ),
      )}
      <td className={`${tdClass} heat-total`} data-with-column-border>
        {r.total || ''}
      </td>
    </tr>
  );
});

/** A row's height before it is measured (one line of text with the table's spacing). */
const ROW_ESTIMATE = 27;

/**
 * The page's rows, virtualised against the window's scroll: only the rows in view (and 12 beyond each
 * edge) are in the DOM, the rest are two spacer rows of their height. Tab from one actor to the next
 * scrolls the focused row into view, which brings the next rows in before they are reached.
 */
function HeatBody({ rows, max, columns }: { rows: Row[]; max: number; columns: number }) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setMargin(el.getBoundingClientRect().top + window.scrollY);
  }, [rows]);
  const v = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    scrollMargin: margin,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (i) => `${rows[i]!.actorKind}-${rows[i]!.actorId}`,
    // Rows are one line high; React 19 batches the scroll update itself, without a forced sync render per event.
    useFlushSync: false,
  });
  const items = v.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - margin : 0;
  const after = last ? Math.max(0, v.getTotalSize() - (last.end - margin)) : 0;
  const spacer = (height: number) => (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
  return (
    <tbody ref={ref} className={Table.Tbody.classes.tbody}>
      {before > 0 && spacer(before)}
      {items.map((it) => (
        <HeatRow key={it.key} ref={v.measureElement} index={it.index} row={rows[it.index]!} max={max} />
      ))}
      {after > 0 && spacer(after)}
    </tbody>
  );
}

/** Actors per page: a region has tens of thousands. */
const PAGE = 100;

/** Actor × month or quarter: who was involved when, and the empty rows of those who were not. */
export function HeatmapTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<'month' | 'quarter'>('month');
  const [relation, setRelation] = useState<Relation | null>(null);
  const [organisationKind, setKind] = useState<string | null>(null);
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [offset, setOffset] = useState(0);
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  const bodies = useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
  const q = useQuery({
    queryKey: ['involvement.matrix', year, granularity, relation, organisationKind, bodyId, offset],
    queryFn: () => call('involvement.matrix', { year, granularity, relation, organisationKind, bodyId, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const m = q.data;
  const countWidth = granularity === 'month' ? 52 : 90;
  return (
    <Stack>
      <Group align="flex-end">
        <SegmentedControl
          aria-label={t('involvement.granularity')}
          value={granularity}
          onChange={(v) => setGranularity(v as 'month' | 'quarter')}
          data={[
            { value: 'month', label: t('involvement.month') },
            { value: 'quarter', label: t('involvement.quarter') },
          ]}
        />
        <Select label={t('involvement.relation')} clearable data={relationOptions(t)} value={relation} onChange={(v) => filter(setRelation)(v as Relation | null)} w={200} />
        <Select label={t('involvement.organisationKind')} clearable data={kindOptions(t)} value={organisationKind} onChange={filter(setKind)} w={240} />
        <Select
          label={t('involvement.body')}
          clearable
          data={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))}
          value={bodyId ? String(bodyId) : null}
          onChange={(v) => filter(setBodyId)(v ? Number(v) : null)}
          w={240}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('involvement.heatmapHint', { unit: t(`involvement.${granularity}`) })}
      </Text>
      {m && m.rows.length === 0 && <EmptyState title={t('involvement.noActors')} />}
      {m && <Pager offset={m.offset} limit={PAGE} total={m.total} onOffset={setOffset} />}
      {m && m.rows.length > 0 && (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          {/* Fixed layout: the name column takes what the counts leave, so rows scrolling into view never change the column widths. */}
          <Table
            withColumnBorders
            layout="fixed"
            verticalSpacing={2}
            aria-label={t('involvement.heatmap')}
            aria-rowcount={m.rows.length + 1}
            style={{ fontSize: 13, minWidth: 240 + m.columns.length * countWidth + 60 }}
          >
            <Table.Thead>
              <Table.Tr aria-rowindex={1}>
                <Table.Th>{t('involvement.actor')}</Table.Th>
                {m.columns.map((_, i) => (
                  <Table.Th key={i} ta="center" tt="capitalize" w={countWidth}>
                    {granularity === 'month' ? new Date(Date.UTC(year, i, 1)).toLocaleString(t('planning.locale'), { month: 'short', timeZone: 'UTC' }).replace('.', '') : t('involvement.quarterShort', { n: i + 1 })}
                  </Table.Th>
                ))}
                <Table.Th ta="center" w={60}>
                  {t('involvement.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <HeatBody rows={m.rows} max={m.max} columns={m.columns.length + 2} />
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
