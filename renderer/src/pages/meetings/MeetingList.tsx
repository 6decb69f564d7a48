import { Badge, Group, NativeSelect, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { longDate } from '../../format';
import { navigate } from '../../router';
import { statusColor, timeRange, useBodies } from './shared';

type When = 'all' | 'upcoming' | 'past';

/** Meetings per page: six years of a region are thousands. */
const PAGE = 100;

export function MeetingList({ action }: { action: React.ReactNode }) {
  const { t } = useTranslation();
  const bodies = useBodies();
  const [when, setWhen] = useState<When>('all');
  const [bodyId, setBodyId] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['meetings.list', when, bodyId, search, offset],
    queryFn: () => call('meetings.list', { when, bodyId: bodyId ? Number(bodyId) : null, search, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const list = q.data?.items ?? [];
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  return (
    <>
      <Group mb="sm">
        <SegmentedControl value={when} onChange={(v) => filter(setWhen)(v as When)} data={(['all', 'upcoming', 'past'] as const).map((w) => ({ value: w, label: t(`meetings.when.${w}`) }))} />
        <NativeSelect aria-label={t('meetings.body')} data={[{ value: '', label: t('meetings.allBodies') }, ...(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))]} value={bodyId} onChange={(e) => filter(setBodyId)(e.currentTarget.value)} />
        <TextInput aria-label={t('common.search')} placeholder={t('common.search')} leftSection={<IconSearch size={16} />} value={search} onChange={(e) => filter(setSearch)(e.currentTarget.value)} />
      </Group>
      {!q.isLoading && list.length === 0 ? (
        <EmptyState title={t('meetings.empty')} text={t('meetings.emptyText')} action={action} />
      ) : (
        <Table highlightOnHover aria-label={t('meetings.title')} bg="white">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('meetings.fields.date')}</Table.Th>
              <Table.Th>{t('meetings.fields.title')}</Table.Th>
              <Table.Th>{t('meetings.body')}</Table.Th>
              <Table.Th w={190}>{t('meetings.fields.status')}</Table.Th>
              <Table.Th w={90} ta="right">
                {t('meetings.minutes.actions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((m) => (
              <Table.Tr key={m.id} style={{ cursor: 'pointer' }} onClick={() => navigate('meetings', 'list', m.id)}>
                <Table.Td>
                  <Text size="sm">{longDate(m.date)}</Text>
                  <Text size="xs" c="dimmed">
                    {timeRange(m.startTime, m.endTime)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <a href={`#/meetings/list/${m.id}`} style={{ color: 'inherit', textDecoration: 'none', fontWeight: 500 }} onClick={(e) => e.stopPropagation()}>
                    {m.title}
                  </a>
                  <Text size="xs" c="dimmed">
                    {[t(`meetingType.${m.type}`), m.place].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.bodyName ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColor[m.status]} style={{ overflow: 'visible' }} maw="none">
                    {t(`meetingStatus.${m.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {m.openActionCount > 0 && (
                    <Badge variant="outline" color="orange" title={t('meetings.overdueCount', { count: m.openActionCount })}>
                      {m.openActionCount}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {q.data && <Pager offset={q.data.offset} limit={PAGE} total={q.data.total} onOffset={setOffset} />}
    </>
  );
}
