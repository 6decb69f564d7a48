import { Badge, Button, Checkbox, Group, NativeSelect, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, ChannelInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { actionStatusOptions, download, searchOwners, useBodies } from './shared';
import { SearchSelect } from '../../components/SearchSelect';
import { ActionsHeader } from '../../components/ActionsHeader';
import { Pager } from '../../components/Pager';
import { ActionItemEditor } from './ActionItemEditor';

/** Action items per page: a region has thousands open. */
const PAGE = 100;

/** Action items across all meetings, by body, owner, status and overdue; ticked off in place. */

export function ActionItemsTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bodies = useBodies();
  const [bodyId, setBodyId] = useState('');
  const [owner, setOwner] = useState<{ value: string; label: string } | null>(null);
  const [status, setStatus] = useState<ActionStatus | 'all'>('open');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [pending, setPending] = useState<Record<number, boolean>>({});
  const [kind, id] = owner?.value.split(':') ?? [];
  const query: ChannelInput<'actionItems.list'> = {
    bodyId: bodyId ? Number(bodyId) : null,
    ownerPersonId: kind === 'p' ? Number(id) : null,
    ownerOrganisationId: kind === 'o' ? Number(id) : null,
    status,
    overdueOnly,
  };
  const [page, setPage] = useState({ of: '', offset: 0 });
  // A new filter starts from the first page.
  const offset = page.of === JSON.stringify(query) ? page.offset : 0;
  const q = useQuery({
    queryKey: ['actionItems.list', query, offset],
    queryFn: () => call('actionItems.list', { ...query, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const setDone = async (itemId: number, version: number, done: boolean) => {
    setPending((p) => ({ ...p, [itemId]: done }));
    try {
      await call('actionItems.setStatus', { id: itemId, version, status: done ? 'done' : 'open', atMeetingId: null });
      await qc.invalidateQueries();
    } catch (err) {
      notifyError(err);
    } finally {
      setPending(({ [itemId]: _, ...rest }) => rest);
    }
  };
  const list = q.data?.items ?? [];
  return (
    <>
      <Group mb="sm" align="flex-end">
        <NativeSelect label={t('meetings.body')} data={[{ value: '', label: t('meetings.allBodies') }, ...(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))]} value={bodyId} onChange={(e) => setBodyId(e.currentTarget.value)} />
        <SearchSelect
          label={t('meetings.actions.owner')}
          clearable
          clearButtonProps={{ 'aria-label': t('meetings.actions.clearOwner') }}
          queryKey={['actionItems.owners']}
          search={searchOwners}
          value={owner?.value ?? null}
          selectedLabel={owner?.label ?? null}
          onChange={(value, label) => setOwner(value ? { value, label: label ?? '' } : null)}
        />
        <NativeSelect label={t('meetings.actions.status')} data={[...actionStatusOptions(t), { value: 'all', label: t('common.all') }]} value={status} onChange={(e) => setStatus(e.currentTarget.value as ActionStatus | 'all')} />
        <Checkbox mb={8} label={t('meetings.actions.overdueOnly')} checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} />
        <Button ml="auto" variant="light" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => download(t, () => call('actionItems.exportXlsx', query))}>
          {t('meetings.documents.actionsXlsx')}
        </Button>
      </Group>
      {!q.isLoading && list.length === 0 ? (
        <EmptyState title={t('meetings.actions.empty')} />
      ) : (
        <Table bg="white" aria-label={t('meetings.tabs.actions')}>
          <Table.Thead>
            <Table.Tr>
              <ActionsHeader w={40} />
              <Table.Th>{t('meetings.minutes.what')}</Table.Th>
              <Table.Th>{t('meetings.minutes.who')}</Table.Th>
              <Table.Th>{t('meetings.minutes.due')}</Table.Th>
              <Table.Th>{t('meetings.actions.meeting')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Checkbox aria-label={t('meetings.minutes.markDone', { what: a.what })} checked={pending[a.id] ?? a.status === 'done'} disabled={a.status === 'dropped'} onChange={(e) => void setDone(a.id, a.version, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <Text size="sm" td={a.status !== 'open' ? 'line-through' : undefined}>
                      {a.what}
                    </Text>
                    <ActionItemEditor item={a} />
                  </Group>
                  {a.status === 'dropped' && a.dropReason && (
                    <Text size="xs" c="dimmed">
                      {t('actionEdit.dropped', { reason: a.dropReason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{a.ownerName ?? '–'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Text size="sm">{a.dueDate ? longDate(a.dueDate) : '–'}</Text>
                    {a.overdue && (
                      <Badge size="xs" color="red">
                        {t('meetings.actions.overdue')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <a href={`#/meetings/list/${a.meetingId}`}>{a.meetingTitle}</a>
                  <Text size="xs" c="dimmed">
                    {[a.bodyName, longDate(a.meetingDate)].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {q.data && <Pager offset={offset} limit={PAGE} total={q.data.total} onOffset={(o) => setPage({ of: JSON.stringify(query), offset: o })} />}
    </>
  );
}
