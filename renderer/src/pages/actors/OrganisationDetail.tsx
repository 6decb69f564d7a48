import { Button, Divider, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { navigate } from '../../router';
import { DetailFields, safeLink } from './DetailFields';
import { InvolvementSection } from './InvolvementSection';
import { MembershipsPanel } from './MembershipsPanel';
import { OrganisationForm } from './OrganisationForm';
import { PersonForm } from './PersonForm';
import { LastChanged } from '../../components/StaleSave';
import { DetailHeader } from './DetailHeader';

export function OrganisationDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['organisations.get', id], queryFn: () => call('organisations.get', { id }) });
  const [editing, setEditing] = useState(false);
  const [addingPerson, setAddingPerson] = useState(false);
  const confirmDelete = useDeleteWithUndo();
  const o = q.data;
  if (!o) return <Paper withBorder p="lg">{q.isError ? t('errors.NOT_FOUND') : t('common.loading')}</Paper>;
  return (
    <Paper withBorder p="lg" h="100%">
      <ScrollArea h="100%">
        <Stack>
          <DetailHeader
          name={o.name}
          subtitle={t(`organisationKind.${o.kind}`)}
          relation={o.relation}
          onEdit={() => setEditing(true)}
          onDelete={() => confirmDelete(o.name, () => call('organisations.delete', { id: o.id, version: o.version }), () => navigate('actors', 'organisations'))}
        />
          <LastChanged info={o} />
          <DetailFields
            fields={[
              [t('fields.relationReason'), o.relationReason],
              [t('fields.address'), o.address],
              [t('fields.website'), safeLink(o.website, 'web')],
              [t('fields.notes'), o.notes],
            ]}
          />
          <Divider label={t('actors.peopleAt')} labelPosition="left" />
          {o.people.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('actors.noPeople')}
            </Text>
          ) : (
            o.people.map((p) => (
              <UnstyledButton key={p.id} onClick={() => navigate('actors', 'people', p.id)}>
                <Text size="sm" fw={500}>
                  {p.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[p.title, p.email].filter(Boolean).join(' · ')}
                </Text>
              </UnstyledButton>
            ))
          )}
          <Button variant="subtle" size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setAddingPerson(true)} w="fit-content">
            {t('actors.newPerson')}
          </Button>
          <Divider label={t('actors.memberships')} labelPosition="left" />
          <MembershipsPanel owner={{ organisationId: o.id }} memberships={o.memberships} />
          <InvolvementSection actorKind="organisation" actorId={o.id} />
        </Stack>
      </ScrollArea>
      {editing && <OrganisationForm opened onClose={() => setEditing(false)} existing={o} onSaved={() => undefined} />}
      {addingPerson && <PersonForm opened onClose={() => setAddingPerson(false)} organisation={{ id: o.id, name: o.name }} onSaved={() => undefined} />}
    </Paper>
  );
}
