import { ActionIcon, Button, Group, NumberInput, Paper, Popover, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keyFigureInput, type KeyFigureInput, type KeyFigureRow, type KeyFigureYear } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { integer, percent } from '../../format';
import { confirmDestroy } from '../initiatives/confirm';
import { separators } from '../../components/numberFormat';
import { useTracks } from '../initiatives/lookups';
import { ActionsHeader } from '../../components/ActionsHeader';
import { useStaleForm } from '../../components/StaleSave';

/** Inline cells (issue 16): a stale save keeps what was typed and shows the offer beside the cell. */
function StaleCell({ open, alert, children }: { open: boolean; alert: ReactNode; children: ReactNode }) {
  return (
    <Popover opened={open} position="bottom-start" width={360} withArrow withRoles={false} trapFocus={false} closeOnClickOutside={false}>
      <Popover.Target>
        <div>{children}</div>
      </Popover.Target>
      <Popover.Dropdown p={0}>{alert}</Popover.Dropdown>
    </Popover>
  );
}

/** The stale-save state of one inline cell; its version follows the row while nothing is refused. */
function useStaleCell<V>(row: KeyFigureRow, values: V, setValues: (v: V) => void, pick: (fresh: KeyFigureRow) => V, label: string) {
  const stale = useStaleForm({
    version: row.version,
    values,
    setValues,
    fetch: async () => {
      const table = await call('keyFigures.table', { fromYear: Math.min(...row.years.map((y) => y.year)), toYear: Math.max(...row.years.map((y) => y.year)) });
      const fresh = table.find((r) => r.id === row.id);
      return fresh ? { version: fresh.version, values: pick(fresh) } : null;
    },
    labels: { value: label },
  });
  useEffect(() => {
    if (!stale.open) stale.rebase(row.version, pick(row));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the row's version on screen
  }, [row.version]);
  return stale;
}

function ValueCell({ row, y }: { row: KeyFigureRow; y: KeyFigureYear }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [value, setValue] = useState<number | string>(y.value ?? '');
  const label = t('keyFigures.valueFor', { name: row.name, year: y.year });
  const stale = useStaleCell(row, { value }, (v) => setValue(v.value), (fresh) => ({ value: fresh.years.find((x) => x.year === y.year)?.value ?? '' }), label);
  const save = async () => {
    const next = value === '' ? null : Number(value);
    if (next === y.value && !stale.open) return;
    try {
      await call('keyFigures.setValue', { keyFigureId: row.id, version: stale.version, year: y.year, value: next, note: y.note });
      stale.rebase(stale.version === undefined ? undefined : stale.version + 1);
      await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
    } catch (err) {
      if (!stale.refused(err)) notifyError(err);
    }
  };
  return (
    <StaleCell open={stale.open} alert={stale.alert}>
    <NumberInput
      size="xs"
      w={100}
      hideControls
      {...separators()}
      aria-label={t('keyFigures.valueFor', { name: row.name, year: y.year })}
      value={value}
      onChange={setValue}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      styles={{ input: { textAlign: 'right' } }}
    />
    </StaleCell>
  );
}

/** The key figure's name, renamed in place: Enter or leaving the field saves, Escape cancels. */
function NameCell({ row }: { row: KeyFigureRow }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(row.name);
  const stale = useStaleCell(row, { value: name }, (v) => setName(String(v.value)), (fresh) => ({ value: fresh.name }), t('keyFigures.name'));
  const save = async () => {
    const next = name.trim();
    if (!next || (next === row.name && !stale.open)) return setName(row.name);
    try {
      await call('keyFigures.update', { id: row.id, version: stale.version, data: { trackId: row.trackId, name: next, sortOrder: row.sortOrder } });
      stale.rebase(stale.version === undefined ? undefined : stale.version + 1);
      await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
    } catch (err) {
      if (stale.refused(err)) return;
      setName(row.name);
      notifyError(err);
    }
  };
  return (
    <StaleCell open={stale.open} alert={stale.alert}>
    <TextInput
      size="xs"
      variant="unstyled"
      aria-label={`${t('keyFigures.name')}: ${row.name}`}
      value={name}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setName(row.name);
      }}
      styles={{ input: { fontSize: 'var(--mantine-font-size-sm)' } }}
    />
    </StaleCell>
  );
}

function change(y: KeyFigureYear | undefined) {
  if (!y || y.change === null) return '–';
  const sign = y.change > 0 ? '+' : '';
  return `${sign}${integer(y.change)}${y.changePercent === null ? '' : ` (${sign}${percent(y.changePercent)})`}`;
}

function NewKeyFigure() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const tracks = useTracks().data ?? [];
  const form = useForm<KeyFigureInput>({ initialValues: { trackId: 0, name: '', sortOrder: 0 }, validate: zodValidate(keyFigureInput) });
  const submit = form.onSubmit(async (v) => {
    try {
      await call('keyFigures.create', v);
      await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
      notifySaved(v.name);
      form.setFieldValue('name', '');
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('keyFigures.new')}>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('keyFigures.track')}
          w={220}
          data={tracks.map((x) => ({ value: String(x.id), label: x.name }))}
          value={form.values.trackId ? String(form.values.trackId) : null}
          onChange={(v) => form.setFieldValue('trackId', v ? Number(v) : 0)}
          error={form.errors.trackId}
        />
        <TextInput label={t('keyFigures.name')} style={{ flex: 1 }} {...form.getInputProps('name')} />
        <Button type="submit" leftSection={<IconPlus size={14} />}>
          {t('keyFigures.new')}
        </Button>
      </Group>
    </form>
  );
}

export function KeyFiguresTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const now = new Date().getFullYear();
  const [fromYear, setFromYear] = useState<number>(now - 2);
  const [toYear, setToYear] = useState<number>(now);
  const valid = fromYear <= toYear && toYear - fromYear <= 30;
  const q = useQuery({ queryKey: ['keyFigures.table', fromYear, toYear], queryFn: () => call('keyFigures.table', { fromYear, toYear }), enabled: valid });
  const rows = q.data ?? [];
  const years: number[] = [];
  for (let y = fromYear; valid && y <= toYear; y++) years.push(y);
  const trackIds = [...new Set(rows.map((r) => r.trackId))];
  const remove = (r: KeyFigureRow) =>
    confirmDestroy(t('keyFigures.confirmDelete', { name: r.name }), '', async () => {
      try {
        await call('keyFigures.delete', { id: r.id, version: r.version });
        await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
      } catch (err) {
        notifyError(err);
      }
    });
  return (
    <Stack style={{ flex: 1, minHeight: 0 }}>
      <Group gap="xs">
        <NumberInput label={t('keyFigures.fromYear')} w={110} value={fromYear} onChange={(v) => setFromYear(Number(v) || now)} allowDecimal={false} min={1990} max={2100} />
        <NumberInput label={t('keyFigures.toYear')} w={110} value={toYear} onChange={(v) => setToYear(Number(v) || now)} allowDecimal={false} min={1990} max={2100} />
      </Group>
      <Paper withBorder p="sm" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea h="100%">
          {rows.length === 0 && q.isSuccess ? (
            <EmptyState title={t('keyFigures.empty')} text={t('keyFigures.emptyText')} />
          ) : (
            <Table aria-label={t('goals.tabKeyFigures')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('keyFigures.name')}</Table.Th>
                  {years.map((y) => (
                    <Table.Th key={y} ta="right">
                      {y}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('keyFigures.change', { year: toYear - 1 })}</Table.Th>
                  <ActionsHeader w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trackIds.flatMap((tid) => {
                  const inTrack = rows.filter((r) => r.trackId === tid);
                  return [
                    <Table.Tr key={`h${tid}`} bg="gray.0">
                      <Table.Td colSpan={years.length + 3}>
                        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                          {inTrack[0]!.trackName}
                        </Text>
                      </Table.Td>
                    </Table.Tr>,
                    ...inTrack.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <NameCell key={r.name} row={r} />
                        </Table.Td>
                        {r.years.map((y) => (
                          <Table.Td key={y.year} ta="right">
                            <ValueCell key={`${r.id}-${y.year}-${y.value}`} row={r} y={y} />
                          </Table.Td>
                        ))}
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {change(r.years[r.years.length - 1])}
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon variant="subtle" color="red" aria-label={t('keyFigures.delete', { name: r.name })} onClick={() => remove(r)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    )),
                  ];
                })}
              </Table.Tbody>
            </Table>
          )}
        </ScrollArea>
      </Paper>
      <Paper withBorder p="sm">
        <NewKeyFigure />
      </Paper>
    </Stack>
  );
}
