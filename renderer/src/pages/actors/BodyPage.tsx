import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconEdit, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_PAGE, type Body, type MembershipView } from '../../../../preload/contract';
import { call } from '../../api/client';
import { ActionsHeader } from '../../components/ActionsHeader';
import { notifyError } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { longDate } from '../../format';
import { AddMembersForm } from './AddMembersForm';
import { BodyForm } from './BodiesTab';

const PAGE = 20;
const actorHref = (kind: 'person' | 'organisation', id: number) => `#/actors/${kind === 'person' ? 'people' : 'organisations'}/${id}`;
const period = (from: string | null, to: string | null) => (from || to ? `${from ? longDate(from) : ''} – ${to ? longDate(to) : ''}`.trim() : '');

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function MembersTable({ body, onOffset }: { body: Body; onOffset: (offset: number) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const undo = async (m: MembershipView) => {
    await call('memberships.add', { bodyId: m.bodyId, personId: m.personId, organisationId: m.organisationId, role: m.role, fromDate: m.fromDate, toDate: m.toDate });
    await qc.invalidateQueries();
  };
  const remove = async (m: MembershipView) => {
    const name = m.personName ?? m.organisationName ?? '';
    try {
      await call('memberships.remove', { id: m.id });
      await qc.invalidateQueries();
      notifications.show({
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('bodyPage.memberRemovedNamed', { name, body: body.name })}</Text>
            <Button size="compact-sm" variant="light" onClick={() => undo(m).catch(notifyError)}>
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      notifyError(err);
    }
  };
  if (body.memberCount === 0) return <Text size="sm">{t('bodyPage.noMembers')}</Text>;
  return (
    <Stack gap="xs">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bodyPage.member')}</Table.Th>
            <Table.Th>{t('fields.role')}</Table.Th>
            <Table.Th>{t('bodyPage.period')}</Table.Th>
            <ActionsHeader w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {body.members.map((m) => {
            const name = m.personName ?? m.organisationName ?? '';
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor href={m.personId ? actorHref('person', m.personId) : actorHref('organisation', m.organisationId!)}>{name}</Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="outline">
                    {t(`role.${m.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{period(m.fromDate, m.toDate)}</Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('bodyPage.removeMember', { name, body: body.name })} onClick={() => remove(m)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Pager offset={body.offset} limit={BODY_PAGE} total={body.memberCount} onOffset={onOffset} />
    </Stack>
  );
}

function BodyMeetings({ bodyId }: { bodyId: number }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['meetings.list', { bodyId, newestFirst: true, offset }],
    queryFn: () => call('meetings.list', { bodyId, newestFirst: true, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  if (q.data && q.data.total === 0) return <Text size="sm">{t('bodyPage.noMeetings')}</Text>;
  return (
    <Stack gap="xs">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bodyPage.date')}</Table.Th>
            <Table.Th>{t('bodyPage.meeting')}</Table.Th>
            <Table.Th>{t('bodyPage.place')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(q.data?.items ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{longDate(m.date)}</Table.Td>
              <Table.Td>
                <Anchor href={`#/meetings/list/${m.id}`}>{m.title}</Anchor> <Text span size="sm" c="dimmed">({t(`meetingStatus.${m.status}`)})</Text>
              </Table.Td>
              <Table.Td>{m.place ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager offset={offset} limit={PAGE} total={q.data?.total ?? 0} onOffset={setOffset} />
    </Stack>
  );
}

function BodyInvolvement({ bodyId }: { bodyId: number }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['involvement.forBody', bodyId, offset],
    queryFn: () => call('involvement.forBody', { bodyId, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{t('bodyPage.involvementHint')}</Text>
      {q.data && q.data.total === 0 ? (
        <Text size="sm">{t('bodyPage.noInvolvement')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bodyPage.date')}</Table.Th>
              <Table.Th>{t('bodyPage.actor')}</Table.Th>
              <Table.Th>{t('bodyPage.form')}</Table.Th>
              <Table.Th>{t('bodyPage.topic')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(q.data?.items ?? []).map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{longDate(i.date)}</Table.Td>
                <Table.Td>
                  <Anchor href={actorHref(i.actorKind, i.actorId)}>{i.actorName}</Anchor>
                </Table.Td>
                <Table.Td>{t(`involvementForm.${i.form}`)}</Table.Td>
                <Table.Td>{i.topic}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Pager offset={offset} limit={PAGE} total={q.data?.total ?? 0} onOffset={setOffset} />
    </Stack>
  );
}

/** One body (organ): its members (add many at once, remove with undo), its meetings and its members' involvement. */
export function BodyPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['bodies.get', id, offset],
    queryFn: () => call('bodies.get', { id, offset, limit: BODY_PAGE }),
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
  });
  const body = q.data;
  // Removing the last member of the last page: show the page before it.
  useEffect(() => {
    if (body && body.members.length === 0 && body.offset > 0 && body.offset >= body.memberCount) setOffset(Math.max(0, Math.floor((body.memberCount - 1) / BODY_PAGE) * BODY_PAGE));
  }, [body]);
  return (
    <Stack gap="md" pb="xl">
      <Anchor href="#/actors/bodies" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('bodyPage.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <PageTitle>{body?.name ?? t('actors.bodies')}</PageTitle>
          {body && (
            <Text size="sm">
              {t(`bodyKind.${body.kind}`)} · {t('actors.members')}: {body.memberCount}
            </Text>
          )}
        </div>
        {body && (
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {q.isError && <Text role="alert">{t('errors.NOT_FOUND')}</Text>}
      {body?.description && <Text size="sm">{body.description}</Text>}
      {body && (
        <>
          <Section id="body-members" title={t('actors.members')}>
            <Stack gap="md">
              <AddMembersForm body={body} />
              <MembersTable body={body} onOffset={setOffset} />
            </Stack>
          </Section>
          <Section id="body-meetings" title={t('bodyPage.meetings')}>
            <BodyMeetings bodyId={body.id} />
          </Section>
          <Section id="body-involvement" title={t('bodyPage.involvement')}>
            <BodyInvolvement bodyId={body.id} />
          </Section>
        </>
      )}
      {editing && body && <BodyForm existing={body} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
