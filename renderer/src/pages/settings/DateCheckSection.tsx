import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** Objects whose stored date or time does not exist (saved by an older version), so the user can correct them. */
export function DateCheckSection() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['dateCheck.list'], queryFn: () => call('dateCheck.list', {}) });
  const rows = q.data ?? [];
  return (
    <div>
      <Text fw={600}>{t('dateCheck.title')}</Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('dateCheck.help')}
      </Text>
      {q.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dateCheck.none')}
        </Text>
      ) : (
        <Table striped aria-label={t('dateCheck.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dateCheck.what')}</Table.Th>
              <Table.Th>{t('dateCheck.name')}</Table.Th>
              <Table.Th>{t('dateCheck.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.kind}-${r.id}-${r.field}`}>
                <Table.Td>{t(`dateCheck.kind.${r.kind}`)}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ff="monospace">{r.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
