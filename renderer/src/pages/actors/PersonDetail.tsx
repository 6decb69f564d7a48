import { Anchor, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { navigate } from '../../router';
import { DetailFields, safeLink } from './DetailFields';
import { InvolvementSection } from './InvolvementSection';
import { MembershipsPanel } from './MembershipsPanel';
import { PersonForm } from './PersonForm';
import { RelationBadge } from './RelationBadge';

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
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>{p.name}</Title>
            <Group gap="xs">
              <Text c="dimmed" size="sm">
                {[p.title, p.organisationName].filter(Boolean).join(', ')}
              </Text>
              <RelationBadge relation={p.relation} />
            </Group>
          </div>
          <Group gap="xs">
            <Button variant="default" size="xs" leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button
              variant="light"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => confirmDelete(p.name, () => call('people.delete', { id: p.id }), () => navigate('actors', 'people'))}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Group>
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
      </Stack>
      {editing && <PersonForm opened onClose={() => setEditing(false)} existing={p} onSaved={() => undefined} />}
    </Paper>
  );
}
