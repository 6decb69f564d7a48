import { ActionIcon, Button, Group, NumberInput, Paper, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
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

function ValueCell({ row, y }: { row: KeyFigureRow; y: KeyFigureYear }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [value, setValue] = useState<number | string>(y.value ?? '');
  const save = async () => {
    const next = value === '' ? null : Number(value);
    if (next === y.value) return;
    try {
      await call('keyFigures.setValue', { keyFigureId: row.id, year: y.year, value: next, note: y.note });
      await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
    } catch (err) {
      notifyError(err);
    }
  };
  return (
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
  );
}

/** The key figure's name, renamed in place: Enter or leaving the field saves, Escape cancels. */
function NameCell({ row }: { row: KeyFigureRow }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(row.name);
  const save = async () => {
    const next = name.trim();
    if (!next || next === row.name) return setName(row.name);
    try {
      await call('keyFigures.update', { id: row.id, data: { trackId: row.trackId, name: next, sortOrder: row.sortOrder } });
      await qc.invalidateQueries({ queryKey: ['keyFigures.table'] });
    } catch (err) {
      setName(row.name);
      notifyError(err);
    }
  };
  return (
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
        await call('keyFigures.delete', { id: r.id });
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
