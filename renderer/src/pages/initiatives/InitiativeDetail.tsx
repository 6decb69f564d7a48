import { ActionIcon, Badge, Button, Divider, Group, Paper, ScrollArea, Stack, Table, Text, Timeline, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { integer, longDate } from '../../format';
import { navigate } from '../../router';
import { DetailFields } from '../actors/DetailFields';
import { confirmDestroy } from './confirm';
import { InitiativeForm } from './InitiativeForm';
import { StatusBadge, STATUS_COLOR } from './StatusBadge';
import { LastChanged } from '../../components/StaleSave';
import { StatusChange } from './StatusChange';

export const kr = (n: number) => `${integer(n)} kr.`;

export function InitiativeDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['initiatives.get', id], queryFn: () => call('initiatives.get', { id }) });
  const goals = useQuery({ queryKey: ['goals.list', 'initiative', id], queryFn: () => call('goals.list', { initiativeId: id, limit: 200 }) });
  const [editing, setEditing] = useState(false);
  const i = q.data;
  if (!i) return <Paper withBorder p="lg">{q.isError ? t('errors.NOT_FOUND') : t('common.loading')}</Paper>;
  const myGoals = goals.data?.items ?? [];
  const remove = () =>
    confirmDestroy(t('initiatives.confirmDelete', { name: i.name }), t('initiatives.confirmDeleteText'), async () => {
      try {
        await call('initiatives.delete', { id: i.id, version: i.version });
        await qc.invalidateQueries();
        notifications.show({ color: 'gray', message: t('initiatives.deleted') });
        navigate('initiatives', 'list');
      } catch (err) {
        notifyError(err);
      }
    });
  return (
    <Paper withBorder p="lg" h="100%">
      <ScrollArea h="100%">
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={3}>{i.name}</Title>
              <LastChanged info={i} />
              <Group gap="xs" mt={4}>
                <StatusBadge status={i.status} />
                <Text size="sm" c="dimmed">
                  {i.track.name}
                </Text>
                {i.targetGroups.map((g) => (
                  <Badge key={g.id} variant="outline" color="gray">
                    {g.name}
                  </Badge>
                ))}
              </Group>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" size="xs" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button variant="light" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={remove}>
                {t('common.delete')}
              </Button>
            </Group>
          </Group>
          {i.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{i.description}</Text>}
          <DetailFields
            fields={[
              [t('initiatives.owner'), i.ownerOrganisation?.name],
              [t('initiatives.contact'), i.contactPerson?.name],
              [t('initiatives.partners'), i.partnerOrganisations.map((p) => p.name).join(', ')],
              [t('initiatives.period'), i.startDate || i.endDate ? `${longDate(i.startDate)} – ${longDate(i.endDate)}` : null],
            ]}
          />
          <Divider label={t('initiatives.budget')} labelPosition="left" />
          {i.budgetLines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('initiatives.noBudget')}
            </Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('initiatives.budgetYear')}</Table.Th>
                  <Table.Th>{t('initiatives.fundingSource')}</Table.Th>
                  <Table.Th>{t('initiatives.budgetNote')}</Table.Th>
                  <Table.Th ta="right">{t('initiatives.budgetAmount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {i.budgetLines.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{b.year}</Table.Td>
                    <Table.Td>{b.fundingSource ?? '–'}</Table.Td>
                    <Table.Td>{b.note ?? ''}</Table.Td>
                    <Table.Td ta="right">{kr(b.amount)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td colSpan={3}>{t('initiatives.budgetTotal')}</Table.Td>
                  <Table.Td ta="right">{kr(i.budgetTotal)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
          <Divider label={t('initiatives.history')} labelPosition="left" />
          <Timeline active={i.history.length - 1} bulletSize={14} lineWidth={2}>
            {i.history.map((h) => (
              <Timeline.Item key={h.id} color={STATUS_COLOR[h.status]} title={t(`initiativeStatus.${h.status}`)}>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {longDate(h.date)}
                  </Text>
                  {i.history.length > 1 && (
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      color="gray"
                      aria-label={t('initiatives.removeStatus', { status: t(`initiativeStatus.${h.status}`), date: longDate(h.date) })}
                      onClick={() =>
                        confirmDestroy(t('initiatives.removeStatus', { status: t(`initiativeStatus.${h.status}`), date: longDate(h.date) }), t('initiatives.removeStatusText'), async () => {
                          try {
                            await call('initiatives.removeStatus', { id: h.id, version: i.version });
                            await qc.invalidateQueries();
                          } catch (err) {
                            notifyError(err);
                          }
                        })
                      }
                    >
                      <IconX size={12} />
                    </ActionIcon>
                  )}
                </Group>
                {h.note && <Text size="sm">{h.noteKind ? t(`rowTexts.statusNote.${h.noteKind}`, { title: h.note }) : h.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
          <StatusChange key={`${i.id}-${i.history.length}`} initiative={i} />
          <Divider label={t('initiatives.goals')} labelPosition="left" />
          {myGoals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('initiatives.noGoals')}
            </Text>
          ) : (
            myGoals.map((g) => (
              <UnstyledButton key={g.id} onClick={() => navigate('goals', 'dashboard', g.id)}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {g.name}
                  </Text>
                  <Badge size="sm" variant="light">
                    {t(`goalStatus.${g.progress.status}`)}
                  </Badge>
                </Group>
              </UnstyledButton>
            ))
          )}
        </Stack>
      </ScrollArea>
      {editing && <InitiativeForm existing={i} onClose={() => setEditing(false)} onSaved={() => undefined} />}
    </Paper>
  );
}
