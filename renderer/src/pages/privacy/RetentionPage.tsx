import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySaved } from '../../components/notify';
import { longDate } from '../../format';
import { EraseDialog } from './EraseDialog';
import { PageTitle } from '../../components/PageTitle';
import { ActionsHeader } from '../../components/ActionsHeader';

/** "Forslag til sletning": ad-hoc contacts without activity for the retention period; erase or keep, one by one or in bulk. */
export function RetentionPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['retention.list'], queryFn: () => call('retention.list', {}) });
  const [selected, setSelected] = useState<number[]>([]);
  const [erasing, setErasing] = useState<number[] | null>(null);
  const items = q.data?.items ?? [];
  const live = selected.filter((id) => items.some((i) => i.personId === id));
  const keep = async (ids: number[]) => {
    try {
      const r = await call('retention.setKeepUntil', { ids });
      setSelected((s) => s.filter((id) => !ids.includes(id)));
      await qc.invalidateQueries({ queryKey: ['retention.list'] });
      notifySaved(t('privacy.kept', { date: longDate(r.keepUntil) }));
    } catch (err) {
      notifyError(err);
    }
  };
  const toggle = (id: number, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const nameOf = (id: number) => items.find((i) => i.personId === id)?.name ?? '';
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <div>
          <PageTitle>{t('privacy.retentionTitle')}</PageTitle>
          {q.data && (
            <Text size="sm" c="dimmed">
              {t('privacy.retentionHelp', { months: q.data.months, cutoff: longDate(q.data.cutoff) })}
            </Text>
          )}
        </div>
        {q.data && items.length === 0 ? (
          <EmptyState title={t('privacy.retentionEmpty')} />
        ) : (
          <>
            <Group gap="xs">
              <Button size="xs" color="red" variant="light" disabled={live.length === 0} onClick={() => setErasing(live)}>
                {t('privacy.eraseSelected', { count: live.length })}
              </Button>
              <Button size="xs" variant="default" disabled={live.length === 0} onClick={() => keep(live)}>
                {t('privacy.keepSelected', { count: live.length })}
              </Button>
            </Group>
            <Table striped aria-label={t('privacy.retentionTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('privacy.selectAll')}
                      checked={items.length > 0 && live.length === items.length}
                      indeterminate={live.length > 0 && live.length < items.length}
                      onChange={(e) => setSelected(e.currentTarget.checked ? items.map((i) => i.personId) : [])}
                    />
                  </Table.Th>
                  <Table.Th>{t('privacy.name')}</Table.Th>
                  <Table.Th>{t('privacy.organisation')}</Table.Th>
                  <Table.Th>{t('privacy.lastActivity')}</Table.Th>
                  <ActionsHeader />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.personId}>
                    <Table.Td>
                      <Checkbox aria-label={t('privacy.select', { name: i.name })} checked={live.includes(i.personId)} onChange={(e) => toggle(i.personId, e.currentTarget.checked)} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor size="sm" href={`#/actors/people/${i.personId}`}>
                        {i.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{i.organisationName ?? '–'}</Table.Td>
                    <Table.Td>{longDate(i.lastActivity)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="default" onClick={() => keep([i.personId])} aria-label={`${t('privacy.keep')} ${i.name}`}>
                          {t('privacy.keep')}
                        </Button>
                        <Button size="compact-xs" color="red" variant="light" onClick={() => setErasing([i.personId])} aria-label={`${t('privacy.confirmErase')} ${i.name}`}>
                          {t('privacy.confirmErase')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
      {erasing && (
        <EraseDialog
          ids={erasing}
          title={erasing.length === 1 ? t('privacy.eraseTitle', { name: nameOf(erasing[0]!) }) : t('privacy.eraseTitleMany', { count: erasing.length })}
          defaultReason="retention_expired"
          onClose={() => setErasing(null)}
          onErased={() => {
            setSelected((s) => s.filter((id) => !erasing.includes(id)));
            setErasing(null);
          }}
        />
      )}
    </Paper>
  );
}
