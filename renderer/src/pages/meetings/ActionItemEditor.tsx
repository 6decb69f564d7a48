import { ActionIcon, Button, Group, Modal, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { actionStatusOptions, searchOwners } from './shared';
import { SearchSelect } from '../../components/SearchSelect';
import { DateField } from '../../components/DateField';
import { useStaleForm } from '../../components/StaleSave';

const ownerValue = (a: ActionItem) => (a.ownerPersonId !== null ? `p:${a.ownerPersonId}` : a.ownerOrganisationId !== null ? `o:${a.ownerOrganisationId}` : null);

/**
 * Edits one action item: text, owner, due date and status (done with a date, dropped with a reason).
 * Used on the meeting, in the Aftaler tab and in the follow-up at the next meeting (atMeetingId).
 */
export function ActionItemEditor({ item, atMeetingId = null, textLocked = false }: { item: ActionItem; atMeetingId?: number | null; textLocked?: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [what, setWhat] = useState(item.what);
  const [owner, setOwner] = useState<string | null>(ownerValue(item));
  // The owner is searched on the server when the dialog is open (a region has tens of thousands): its label is kept beside it.
  const [ownerLabel, setOwnerLabel] = useState<string | null>(item.ownerName);
  const [due, setDue] = useState(item.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(item.status);
  const [doneDate, setDoneDate] = useState(item.doneDate ?? '');
  const [reason, setReason] = useState(item.dropReason ?? '');
  const [saving, setSaving] = useState(false);
  const valuesOf = (a: ActionItem) => ({ what: a.what, owner: ownerValue(a), due: a.dueDate ?? '', status: a.status, doneDate: a.doneDate ?? '', reason: a.dropReason ?? '' });
  const setValues = (v: ReturnType<typeof valuesOf>) => {
    setWhat(v.what);
    if (v.owner !== owner) setOwnerLabel(v.owner === ownerValue(item) ? item.ownerName : null);
    setOwner(v.owner);
    setDue(v.due);
    setStatus(v.status);
    setDoneDate(v.doneDate);
    setReason(v.reason);
  };
  const stale = useStaleForm({
    version: item.version,
    values: { what, owner, due, status, doneDate, reason },
    setValues,
    fetch: async () => {
      const m = await call('meetings.get', { id: item.meetingId }).catch(() => null);
      const fresh = m && [...m.actionItems, ...m.followUp].find((a) => a.id === item.id);
      await qc.invalidateQueries();
      return fresh ? { version: fresh.version, values: valuesOf(fresh) } : null;
    },
    labels: { what: t('meetings.minutes.what'), due: t('meetings.minutes.due'), doneDate: t('actionEdit.doneDate'), reason: t('actionEdit.reason') },
  });
  const start = () => {
    stale.rebase(item.version, valuesOf(item));
    setValues(valuesOf(item));
    setOpen(true);
  };
  const save = async () => {
    setSaving(true);
    try {
      const [kind, id] = owner?.split(':') ?? [];
      const data = {
        meetingId: item.meetingId, itemId: item.itemId, what, dueDate: due || null,
        ownerPersonId: kind === 'p' ? Number(id) : null, ownerOrganisationId: kind === 'o' ? Number(id) : null,
      };
      // The status is saved on the version the text save made (issue 16: each save claims one version).
      let version = stale.version;
      if (what !== item.what || owner !== ownerValue(item) || (due || null) !== item.dueDate) {
        const m = await call('actionItems.update', { id: item.id, version, data });
        version = [...m.actionItems, ...m.followUp].find((a) => a.id === item.id)?.version ?? (version ?? 0) + 1;
      }
      if (status !== item.status || (doneDate || null) !== item.doneDate || (reason || null) !== item.dropReason) {
        await call('actionItems.setStatus', { id: item.id, version, status, doneDate: status === 'open' ? null : doneDate || null, atMeetingId, reason: status === 'dropped' ? reason : null });
      }
      await qc.invalidateQueries();
      setOpen(false);
    } catch (err) {
      if (stale.refused(err)) return;
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <ActionIcon size="sm" variant="subtle" aria-label={t('actionEdit.open', { what: item.what })} onClick={start}>
        <IconPencil size={14} />
      </ActionIcon>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('actionEdit.title')}>
        <Stack>
          <Textarea label={t('meetings.minutes.what')} value={what} disabled={textLocked} description={textLocked ? t('actionEdit.textLocked') : undefined} autosize minRows={2} onChange={(e) => setWhat(e.currentTarget.value)} />
          <SearchSelect
            label={t('meetings.minutes.who')}
            clearable
            queryKey={['actionItems.owners']}
            search={searchOwners}
            value={owner}
            selectedLabel={ownerLabel}
            onChange={(value, label) => {
              setOwner(value);
              setOwnerLabel(label);
            }}
          />
          <DateField label={t('meetings.minutes.due')} value={due} onChange={setDue} />
          <SegmentedControl aria-label={t('meetings.actions.status')} data={actionStatusOptions(t)} value={status} onChange={(v) => setStatus(v as ActionStatus)} />
          {status === 'done' && <DateField label={t('actionEdit.doneDate')} description={t('actionEdit.doneDateHelp')} value={doneDate} onChange={setDoneDate} />}
          {status === 'dropped' && <Textarea required label={t('actionEdit.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />}
          {stale.alert}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={saving} onClick={() => void save()}>
              {t('actionEdit.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
