import { Button, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, MembershipRole } from '../../../../preload/contract';
import { ApiClientError, call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { notifyError } from '../../components/notify';
import { ActorPicker, type PickedActor } from './ActorPicker';
import { roleOptions } from './options';

/** 'person:12' / 'organisation:4' → the contract's member reference. */
const refOf = (value: string) => {
  const [kind, id] = value.split(':');
  return kind === 'person' ? { personId: Number(id) } : { organisationId: Number(id) };
};

/** Picks many people and organisations from a searchable list and adds them to the body with one role and period. */
export function AddMembersForm({ body }: { body: Body }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [picked, setPicked] = useState<PickedActor[]>([]);
  const [role, setRole] = useState<MembershipRole>('member');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Every member, not only the page's: the body's page shows its members one page at a time.
  const members = useMemo(
    () => new Set([...body.memberIds.people.map((id) => `person:${id}`), ...body.memberIds.organisations.map((id) => `organisation:${id}`)]),
    [body.memberIds],
  );

  const submit = async () => {
    setSaving(true);
    setErrors({});
    try {
      const res = await call('memberships.addMany', { bodyId: body.id, members: picked.map((p) => refOf(p.value)), role, fromDate: fromDate || null, toDate: toDate || null });
      await qc.invalidateQueries();
      setPicked([]);
      if (res.added.length) notifications.show({ color: 'teal', message: t('bodyPage.added', { count: res.added.length, body: body.name }) });
      if (res.skipped.length) notifications.show({ color: 'yellow', message: t('bodyPage.skipped', { names: res.skipped.map((s) => s.name).join(', ') }), autoClose: 10_000 });
    } catch (err) {
      const fields = err instanceof ApiClientError ? err.apiError.fieldErrors : undefined;
      if (fields) setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(' ')])));
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-members-title">
      <Stack gap="sm">
        <Title order={3} id="add-members-title">
          {t('bodyPage.addMembers')}
        </Title>
        <ActorPicker
          label={t('bodyPage.pickActors')}
          value={picked}
          onChange={(v) => {
            setPicked(v);
            setErrors({});
          }}
          excluded={members}
          error={errors.members ?? errors.personId}
        />
        <Group gap="sm" align="flex-start">
          <Select label={t('fields.role')} data={roleOptions(t)} value={role} onChange={(v) => setRole((v as MembershipRole) ?? 'member')} allowDeselect={false} w={160} />
          <DateField label={t('fields.fromDate')} value={fromDate} onChange={setFromDate} w={170} error={errors.fromDate} />
          <DateField label={t('fields.toDate')} value={toDate} onChange={setToDate} w={170} error={errors.toDate} />
          <Button mt={25} onClick={submit} loading={saving} disabled={picked.length === 0}>
            {picked.length ? t('bodyPage.addCount', { count: picked.length }) : t('bodyPage.addMembers')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
