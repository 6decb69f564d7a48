import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Meeting } from '../../../../preload/contract';
import { longDate } from '../../format';
import { FollowUpList } from './FollowUpList';
import { searchOwners, timeRange, useMeetingCall } from './shared';
import { SearchSelect } from '../../components/SearchSelect';
import { ActionItemEditor } from './ActionItemEditor';
import { ActionsHeader } from '../../components/ActionsHeader';
import { DateField } from '../../components/DateField';

/** Enter in a one-line field adds what it holds, as the button next to it does. */
const onEnter = (value: string, add: () => Promise<void>) => (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || !value.trim()) return;
  e.preventDefault();
  void add();
};

function ownerFrom(value: string | null) {
  if (!value) return { ownerPersonId: null, ownerOrganisationId: null };
  const [kind, id] = value.split(':');
  return kind === 'p' ? { ownerPersonId: Number(id), ownerOrganisationId: null } : { ownerPersonId: null, ownerOrganisationId: Number(id) };
}

/** Minutes, decisions and action items of one agenda item. The minutes text is saved when the field is left. */
export function MinutesItem({ meeting, item, locked }: { meeting: Meeting; item: AgendaItem; locked: boolean }) {
  const { t } = useTranslation();
  const run = useMeetingCall();
  const [text, setText] = useState(item.minutes ?? '');
  const [saved, setSaved] = useState(false);
  const [decision, setDecision] = useState('');
  const [what, setWhat] = useState('');
  // Searched on the server (a region has tens of thousands of actors): the label is kept beside the value.
  const [owner, setOwner] = useState<{ value: string; label: string } | null>(null);
  const [due, setDue] = useState('');
  const decisions = meeting.decisions.filter((d) => d.itemId === item.id);
  const actions = meeting.actionItems.filter((a) => a.itemId === item.id);
  const label = `${item.number}. ${item.title}`;

  const saveText = async () => {
    if ((item.minutes ?? '') === text.trim()) return;
    if (await run('minutes.setItem', { itemId: item.id, version: item.version, minutes: text })) setSaved(true);
  };
  const addDecision = async () => {
    if (await run('decisions.add', { meetingId: meeting.id, itemId: item.id, text: decision })) setDecision('');
  };
  const addAction = async () => {
    if (await run('actionItems.add', { meetingId: meeting.id, itemId: item.id, what, dueDate: due || null, ...ownerFrom(owner?.value ?? null) })) {
      setWhat('');
      setOwner(null);
      setDue('');
    }
  };

  return (
    <Paper withBorder p="sm" role="region" aria-label={label}>
      <Group justify="space-between" mb={6}>
        <Title order={5}>{label}</Title>
        <Text size="sm" c="dimmed">
          {timeRange(item.startTime, item.endTime)}
        </Text>
      </Group>
      <Stack gap="xs">
        {item.standard === 'followup' && <FollowUpList meeting={meeting} />}
        {locked ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={item.minutes ? undefined : 'dimmed'}>
            {item.minutes ?? '–'}
          </Text>
        ) : (
          <Textarea
            aria-label={t('meetings.minutes.text', { number: item.number })}
            placeholder={t('meetings.minutes.placeholder')}
            autosize
            minRows={2}
            value={text}
              onChange={(e) => {
              setText(e.currentTarget.value);
              setSaved(false);
            }}
            onBlur={() => void saveText()}
            rightSection={saved ? <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label={t('common.saved')} /> : null}
          />
        )}
        {decisions.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('meetings.minutes.decisions')}
            </Text>
            {decisions.map((d) => (
              <Group key={d.id} wrap="nowrap" gap="xs">
                <Badge size="xs" color="orange" variant="light">
                  {t('meetings.minutes.decision')}
                </Badge>
                <Text size="sm" style={{ flex: 1 }}>
                  {d.text}
                </Text>
                {!locked && (
                  <ActionIcon size="sm" variant="subtle" color="red" aria-label={`${t('meetings.minutes.removeDecision')}: ${d.text}`} onClick={() => void run('decisions.remove', { id: d.id, version: d.version })}>
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {!locked && (
          <Group wrap="nowrap" align="flex-end">
            <TextInput style={{ flex: 1 }} size="xs" label={t('meetings.minutes.decision')} aria-label={`${t('meetings.minutes.decision')} (${label})`} value={decision} onChange={(e) => setDecision(e.currentTarget.value)} onKeyDown={onEnter(decision, addDecision)} />
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={!decision.trim()} onClick={() => void addDecision()}>
              {t('meetings.minutes.addDecision')}
            </Button>
          </Group>
        )}
        {actions.length > 0 && (
          <Table aria-label={`${t('meetings.minutes.actions')} ${label}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.minutes.what')}</Table.Th>
                <Table.Th>{t('meetings.minutes.who')}</Table.Th>
                <Table.Th>{t('meetings.minutes.due')}</Table.Th>
                <Table.Th>{t('meetings.actions.status')}</Table.Th>
                <ActionsHeader w={72} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.what}</Table.Td>
                  <Table.Td>{a.ownerName ?? '–'}</Table.Td>
                  <Table.Td>{a.dueDate ? longDate(a.dueDate) : '–'}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={a.status === 'open' ? (a.overdue ? 'red' : 'blue') : 'gray'}>
                      {t(`actionStatus.${a.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ActionItemEditor item={a} textLocked={locked} />
                    {!locked && (
                      <ActionIcon size="sm" variant="subtle" color="red" aria-label={`${t('meetings.minutes.removeAction')}: ${a.what}`} onClick={() => void run('actionItems.remove', { id: a.id, version: a.version })}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!locked && (
          <Group wrap="nowrap" align="flex-end">
            <TextInput style={{ flex: 2 }} size="xs" label={t('meetings.minutes.what')} aria-label={`${t('meetings.minutes.what')} (${label})`} value={what} onChange={(e) => setWhat(e.currentTarget.value)} onKeyDown={onEnter(what, addAction)} />
            <SearchSelect
              style={{ flex: 1 }}
              size="xs"
              label={t('meetings.minutes.who')}
              aria-label={`${t('meetings.minutes.who')} (${label})`}
              clearable
              queryKey={['actionItems.owners']}
              search={searchOwners}
              value={owner?.value ?? null}
              selectedLabel={owner?.label ?? null}
              onChange={(value, picked) => setOwner(value ? { value, label: picked ?? '' } : null)}
            />
            <DateField size="xs" label={t('meetings.minutes.due')} aria-label={`${t('meetings.minutes.due')} (${label})`} value={due} onChange={setDue} />
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={!what.trim()} onClick={() => void addAction()}>
              {t('meetings.minutes.addAction')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
