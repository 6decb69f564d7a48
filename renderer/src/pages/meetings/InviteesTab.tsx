import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guestInput, type Attendance, type Invitee, type Meeting, type Reply } from '../../../../preload/contract';
import { zodValidate } from '../../components/zodForm';
import { EmptyState } from '../../components/EmptyState';
import { attendanceOptions, replyOptions, useBodies, useMeetingCall } from './shared';
import { SearchMultiSelect, type PickOption } from '../../components/SearchSelect';
import { searchOrganisations, searchPeople } from '../../components/actorSearch';
import { ActionsHeader } from '../../components/ActionsHeader';

function GuestForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  const form = useForm({ initialValues: { name: '', email: '', title: '' }, validate: zodValidate(guestInput.omit({ meetingId: true })) });
  const submit = form.onSubmit(async (v) => {
    if (await run('invitees.addGuest', { meetingId, ...v })) form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Text size="sm" fw={600}>
        {t('meetings.invite.guest')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('meetings.invite.guestHint')}
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput label={t('meetings.invite.name')} {...form.getInputProps('name')} />
        <TextInput label={t('meetings.invite.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('meetings.invite.titleField')} {...form.getInputProps('title')} />
        <Button type="submit" variant="default" leftSection={<IconUserPlus size={16} />}>
          {t('meetings.invite.guest')}
        </Button>
      </Group>
    </form>
  );
}

export function InviteesTab({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  const bodies = useBodies();
  // Searched on the server (a region has tens of thousands); the picked ones keep their names beside their ids.
  const [people, setPeople] = useState<PickOption[]>([]);
  const [orgs, setOrgs] = useState<PickOption[]>([]);
  const [bodyId, setBodyId] = useState<string>(meeting.bodyId ? String(meeting.bodyId) : '');
  const body = bodies.data?.find((b) => String(b.id) === bodyId);
  const counts = {
    accepted: meeting.invitees.filter((i) => i.reply === 'accepted').length,
    declined: meeting.invitees.filter((i) => i.reply === 'declined').length,
    pending: meeting.invitees.filter((i) => i.reply === 'invited' || i.reply === 'no_reply').length,
  };

  /** Removing is undone by inviting the same actor again with the reply and attendance it had. */
  const remove = async (i: Invitee) => {
    if (!(await run('invitees.remove', { id: i.id, version: i.version }))) return;
    const nid = `invitee-removed-${i.id}`;
    notifications.show({
      id: nid,
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('meetings.invite.removed', { name: i.name })}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={async () => {
              notifications.hide(nid);
              const back = await run('invitees.add', { meetingId: meeting.id, personIds: i.personId ? [i.personId] : [], organisationIds: i.organisationId ? [i.organisationId] : [] });
              const again = back?.invitees.find((x) => x.personId === i.personId && x.organisationId === i.organisationId);
              if (again) await run('invitees.update', { id: again.id, version: again.version, reply: i.reply, attendance: i.attendance });
            }}
          >
            {t('common.undo')}
          </Button>
        </Group>
      ),
    });
  };

  const inviteSelected = async () => {
    if (await run('invitees.add', { meetingId: meeting.id, personIds: people.map((p) => Number(p.value)), organisationIds: orgs.map((o) => Number(o.value)) })) {
      setPeople([]);
      setOrgs([]);
    }
  };

  return (
    <Stack>
      {!locked && (
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <Group align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('meetings.invite.wholeBody')}
                data={[{ value: '', label: '–' }, ...(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))]}
                value={bodyId}
                onChange={(e) => setBodyId(e.currentTarget.value)}
              />
              <Button leftSection={<IconUsersGroup size={16} />} disabled={!body} onClick={() => body && void run('invitees.add', { meetingId: meeting.id, bodyId: body.id })}>
                {body ? t('meetings.invite.inviteBody', { body: body.name }) : t('meetings.invite.add')}
              </Button>
            </Group>
            <SimpleGrid cols={2}>
              <SearchMultiSelect label={t('meetings.invite.people')} queryKey={['people.pick']} search={searchPeople} value={people} onChange={setPeople} />
              <SearchMultiSelect label={t('meetings.invite.organisations')} queryKey={['organisations.pick']} search={searchOrganisations} value={orgs} onChange={setOrgs} />
            </SimpleGrid>
            <Group>
              <Button variant="light" disabled={people.length + orgs.length === 0} onClick={() => void inviteSelected()}>
                {t('meetings.invite.add')}
              </Button>
            </Group>
            <GuestForm meetingId={meeting.id} />
          </Stack>
        </Paper>
      )}
      <Group justify="space-between">
        <Title order={4}>{t('meetings.detail.invitees')}</Title>
        <Text size="sm" c="dimmed">
          {t('meetings.invite.summary', counts)}
        </Text>
      </Group>
      {meeting.invitees.length === 0 ? (
        <EmptyState title={t('meetings.invite.empty')} />
      ) : (
        <Table striped aria-label={t('meetings.detail.invitees')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.invite.name')}</Table.Th>
              <Table.Th>{t('meetings.invite.email')}</Table.Th>
              <Table.Th w={170}>{t('meetings.invite.reply')}</Table.Th>
              <Table.Th w={150}>{t('meetings.invite.attendance')}</Table.Th>
              <ActionsHeader w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.invitees.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {i.name}
                  </Text>
                  {i.organisationName && (
                    <Text size="xs" c="dimmed">
                      {i.organisationName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{i.email ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('meetings.invite.replyFor', { name: i.name })}
                    data={replyOptions(t)}
                    value={i.reply}
                    disabled={locked}
                    onChange={(e) => void run('invitees.update', { id: i.id, version: i.version, reply: e.currentTarget.value as Reply, attendance: i.attendance })}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('meetings.invite.attendanceFor', { name: i.name })}
                    data={attendanceOptions(t)}
                    value={i.attendance ?? ''}
                    disabled={locked}
                    onChange={(e) => void run('invitees.update', { id: i.id, version: i.version, reply: i.reply, attendance: (e.currentTarget.value || null) as Attendance | null })}
                  />
                </Table.Td>
                <Table.Td>
                  {!locked && (
                    <ActionIcon variant="subtle" color="red" aria-label={t('meetings.invite.remove', { name: i.name })} onClick={() => void remove(i)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
