import { ActionIcon, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconColumnInsertRight, IconRowInsertBottom, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { economyTotals } from '../../../../preload/contract';
import { separators } from '../../components/numberFormat';
import { integer } from '../../format';
import { ActionsHeader } from '../../components/ActionsHeader';

type Economy = { columns: string[]; rows: { label: string; amounts: (number | null)[] }[]; note?: string | null };

interface Props {
  value: Economy;
  onChange: (value: Economy) => void;
  errors: Record<string, React.ReactNode>;
  readOnly?: boolean;
}

/** Rows (municipality, activity) × columns (years) in whole kroner, with live row, column and grand totals. */
export function EconomyEditor({ value, onChange, errors, readOnly }: Props) {
  const { t } = useTranslation();
  const { columns, rows } = value;
  const totals = economyTotals(value);
  const showTotals = columns.length > 1;
  const set = (next: Partial<Economy>) => onChange({ ...value, ...next });

  const addColumn = () => {
    const years = columns.map(Number).filter(Number.isInteger);
    const next = years.length ? String(Math.max(...years) + 1) : String(new Date().getFullYear() + 1);
    set({ columns: [...columns, next], rows: rows.map((r) => ({ ...r, amounts: [...r.amounts, null] })) });
  };
  const removeColumn = (c: number) =>
    set({ columns: columns.filter((_, i) => i !== c), rows: rows.map((r) => ({ ...r, amounts: r.amounts.filter((_, i) => i !== c) })) });
  const addRow = () => set({ columns: columns.length ? columns : [String(new Date().getFullYear() + 1)], rows: [...rows, { label: '', amounts: (columns.length ? columns : ['x']).map(() => null) }] });
  const setRow = (r: number, row: Economy['rows'][number]) => set({ rows: rows.map((x, i) => (i === r ? row : x)) });

  return (
    <div>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('memos.economy.empty')}
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} bg="white" aria-label={t('memos.section.economy')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('memos.economy.amountsIn')}</Table.Th>
              {columns.map((c, i) => (
                <Table.Th key={i} w={150}>
                  <Group gap={2} wrap="nowrap">
                    <TextInput
                      size="xs"
                      value={c}
                      aria-label={t('memos.economy.column', { n: i + 1 })}
                      readOnly={readOnly}
                      error={errors[`economy.columns.${i}`]}
                      onChange={(e) => set({ columns: columns.map((x, j) => (j === i ? e.currentTarget.value : x)) })}
                      styles={{ input: { textAlign: 'right', fontWeight: 600 } }}
                    />
                    {!readOnly && (
                      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('memos.economy.removeColumn', { label: c })} onClick={() => removeColumn(i)}>
                        <IconX size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Th>
              ))}
              {showTotals && (
                <Table.Th w={120} ta="right">
                  {t('memos.economy.total')}
                </Table.Th>
              )}
              {!readOnly && <ActionsHeader w={36} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    value={row.label}
                    placeholder={t('memos.economy.rowLabel')}
                    aria-label={`${t('memos.economy.rowLabel')} ${r + 1}`}
                    readOnly={readOnly}
                    error={errors[`economy.rows.${r}.label`]}
                    onChange={(e) => setRow(r, { ...row, label: e.currentTarget.value })}
                  />
                </Table.Td>
                {columns.map((c, i) => (
                  <Table.Td key={i}>
                    <NumberInput
                      size="xs"
                      hideControls
                      allowDecimal={false}
                      {...separators()}
                      value={row.amounts[i] ?? ''}
                      readOnly={readOnly}
                      aria-label={t('memos.economy.amount', { row: row.label || `${r + 1}`, column: c })}
                      error={errors[`economy.rows.${r}.amounts.${i}`]}
                      onChange={(v) => setRow(r, { ...row, amounts: row.amounts.map((a, j) => (j === i ? (typeof v === 'number' ? v : null) : a)) })}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Table.Td>
                ))}
                {showTotals && (
                  <Table.Td ta="right" fw={500}>
                    {integer(totals.rowTotals[r] ?? 0)}
                  </Table.Td>
                )}
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('memos.economy.removeRow', { label: row.label || r + 1 })} onClick={() => set({ rows: rows.filter((_, i) => i !== r) })}>
                      <IconX size={14} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {rows.length > 1 && (
            <Table.Tfoot>
              <Table.Tr fw={700} bg="gray.0">
                <Table.Td>{t('memos.economy.total')}</Table.Td>
                {totals.columnTotals.map((n, i) => (
                  <Table.Td key={i} ta="right" data-testid={`economy-column-total-${i}`}>
                    {integer(n)}
                  </Table.Td>
                ))}
                {showTotals && (
                  <Table.Td ta="right" data-testid="economy-grand-total">
                    {integer(totals.grandTotal)}
                  </Table.Td>
                )}
                {!readOnly && <Table.Td />}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      )}
      {errors['economy.rows'] && (
        <Text size="xs" c="red" mt={4}>
          {errors['economy.rows']}
        </Text>
      )}
      {!readOnly && (
        <Group gap="xs" mt="xs">
          <Button size="xs" variant="light" leftSection={<IconRowInsertBottom size={14} />} onClick={addRow}>
            {t('memos.economy.addRow')}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconColumnInsertRight size={14} />} onClick={addColumn}>
            {t('memos.economy.addColumn')}
          </Button>
        </Group>
      )}
      <TextInput mt="xs" size="xs" label={t('memos.economy.note')} value={value.note ?? ''} readOnly={readOnly} onChange={(e) => set({ note: e.currentTarget.value })} />
    </div>
  );
}
