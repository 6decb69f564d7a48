import { Anchor, Divider, Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { navigate } from '../../router';
import { DetailFields, safeLink } from './DetailFields';
import { InvolvementSection } from './InvolvementSection';
import { MembershipsPanel } from './MembershipsPanel';
import { PersonForm } from './PersonForm';
import { DetailHeader } from './DetailHeader';
import { LastChanged } from '../../components/StaleSave';
import { PersonPrivacyActions } from '../privacy/PersonPrivacyActions';

export function PersonDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['people.get', id], queryFn: () => call('people.get', { id }) });
  const [editing, setEditing] = useState(false);
  const confirmDelete = useDeleteWithUndo();
  const p = q.data;
  if (!p) return <Paper withBorder p="lg">{q.isError ? t('errors.NOT_FOUND') : t('common.loading')}</Paper>;
  return (
    <Paper withBorder p="lg">
      <Stack>
        <DetailHeader
          name={p.name}
          subtitle={[p.title, p.organisationName].filter(Boolean).join(', ')}
          relation={p.relation}
          onEdit={() => setEditing(true)}
          onDelete={() => confirmDelete(p.name, () => call('people.delete', { id: p.id, version: p.version }), () => navigate('actors', 'people'))}
        />
        <LastChanged info={p} />
        <DetailFields
          fields={[
            [t('fields.organisation'), p.organisationId ? <Anchor size="sm" onClick={() => navigate('actors', 'organisations', p.organisationId!)}>{p.organisationName}</Anchor> : null],
            [t('fields.email'), safeLink(p.email, 'mail')],
            [t('fields.phone'), safeLink(p.phone, 'tel')],
            [t('fields.relationReason'), p.relationReason],
            [t('fields.notes'), p.notes],
          ]}
        />
        <Divider label={t('actors.memberships')} labelPosition="left" />
        <MembershipsPanel owner={{ personId: p.id }} memberships={p.memberships} />
        <InvolvementSection actorKind="person" actorId={p.id} />
        <Divider />
        <PersonPrivacyActions id={p.id} name={p.name} />
      </Stack>
      {editing && <PersonForm opened onClose={() => setEditing(false)} existing={p} onSaved={() => undefined} />}
    </Paper>
  );
}
