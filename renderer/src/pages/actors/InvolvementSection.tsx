import { ActionIcon, Badge, Button, Divider, Group, NumberInput, Stack, Text, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { involvementSourceRoutes, type ActorKind, type Involvement, type InvolvementInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { Pager } from '../../components/Pager';
import { longDate } from '../../format';
import { InvolvementForm } from './InvolvementForm';

/** An automatic record links to the meeting or initiative it came from; it is edited there. */
function AutoBadge({ item }: { item: Involvement }) {
  const { t } = useTranslation();
  const base = item.sourceKind && item.sourceKind in involvementSourceRoutes ? involvementSourceRoutes[item.sourceKind as keyof typeof involvementSourceRoutes] : null;
  const source = t(`involvement.source.${item.sourceKind}`, { defaultValue: item.sourceKind ?? '' });
  const props = { size: 'xs', variant: 'outline', color: 'gray', title: t('involvement.autoHint', { source }) } as const;
  if (!base || item.sourceId === null) return <Badge {...props}>{t('involvement.auto')}</Badge>;
  return (
    <Badge {...props} component="a" href={`#/${base}/${item.sourceId}`} style={{ cursor: 'pointer' }} aria-label={t('involvement.openSource', { source })}>
      {t('involvement.auto')}
    </Badge>
  );
}

function RuleEditor({ actor, intervalDays }: { actor: { actorKind: ActorKind; actorId: number }; intervalDays: number | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [value, setValue] = useState<number | string>(intervalDays ?? '');
  const save = async () => {
    try {
      await call('involvement.setRule', { ...actor, intervalDays: value === '' ? null : Number(value) });
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: value === '' ? t('involvement.ruleNone') : t('involvement.ruleEvery', { days: value }) });
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput label={t('involvement.rule')} description={t('involvement.ruleInterval')} placeholder={t('involvement.ruleNone')} min={1} max={1095} w={220} value={value} onChange={setValue} />
      <Button variant="default" size="sm" onClick={save}>
        {t('involvement.ruleSave')}
      </Button>
    </Group>
  );
}

function undoable(i: Involvement): InvolvementInput {
  return { actorKind: i.actorKind, actorId: i.actorId, date: i.date, form: i.form, topic: i.topic, outcome: i.outcome, followUpDate: i.followUpDate };
}

const PAGE = 50;

/** The actor's involvements, newest first, a page at a time, with its rule; on the organisation and person detail. */
export function InvolvementSection({ actorKind, actorId }: { actorKind: ActorKind; actorId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const actor = { actorKind, actorId };
  // The page belongs to the actor shown: another actor starts at its newest involvements.
  const [page, setPage] = useState({ of: `${actorKind}:${actorId}`, offset: 0 });
  const offset = page.of === `${actorKind}:${actorId}` ? page.offset : 0;
  const setOffset = (o: number) => setPage({ of: `${actorKind}:${actorId}`, offset: o });
  const q = useQuery({
    queryKey: ['involvement.forActor', actorKind, actorId, offset],
    queryFn: () => call('involvement.forActor', { ...actor, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<Involvement | 'new' | null>(null);
  const data = q.data;
  const today = format(new Date(), 'yyyy-MM-dd');
  const overdue = !!data?.dueDate && data.dueDate < today;

  const remove = async (i: Involvement) => {
    try {
      await call('involvement.delete', { id: i.id, version: i.version });
      await qc.invalidateQueries();
      notifications.show({
        color: 'gray',
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('involvement.deleted')}</Text>
            <Button size="compact-sm" variant="light" onClick={async () => {
              await call('involvement.create', undoable(i)).catch(notifyError);
              await qc.invalidateQueries();
            }}>
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="sm" aria-label={t('involvement.title')} component="section">
      <Divider label={t('involvement.title')} labelPosition="left" />
      {data && (
        <Group gap="lg" align="flex-end" justify="space-between">
          <RuleEditor key={data.intervalDays ?? 'none'} actor={actor} intervalDays={data.intervalDays} />
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('involvement.lastDate')}: {data.lastDate ? longDate(data.lastDate) : t('involvement.never')}
            </Text>
            {data.dueDate && (
              <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
                {overdue ? t('involvement.overdue') : t('involvement.dueDate')}: {longDate(data.dueDate)}
              </Text>
            )}
          </Stack>
        </Group>
      )}
      <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
        {t('involvement.log')}
      </Button>
      {data && data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('involvement.empty')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Timeline bulletSize={12} lineWidth={2}>
          {data.items.map((i) => (
            <Timeline.Item key={i.id} title={
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {i.topic}
                </Text>
                {!i.auto && (
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" size="sm" aria-label={`${t('common.edit')}: ${i.topic}`} onClick={() => setEditing(i)}>
                      <IconEdit size={14} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" size="sm" aria-label={`${t('common.delete')}: ${i.topic}`} onClick={() => remove(i)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            }>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {longDate(i.date)}
                </Text>
                <Badge size="xs" variant="light">
                  {t(`involvementForm.${i.form}`)}
                </Badge>
                {i.auto && <AutoBadge item={i} />}
                {(i.actorKind !== actorKind || i.actorId !== actorId) && (
                  <Text size="xs" c="dimmed">
                    {t('involvement.via', { name: i.actorName })}
                  </Text>
                )}
              </Group>
              {i.outcome && <Text size="sm">{i.outcome}</Text>}
              {i.followUpDate && (
                <Text size="xs" c="dimmed">
                  {t('involvement.followUpDate')}: {longDate(i.followUpDate)}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {data && <Pager offset={data.offset} limit={PAGE} total={data.total} onOffset={setOffset} />}
      {editing && <InvolvementForm actor={actor} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
