import { ActionIcon, Anchor, Badge, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyInput, type BodyInput, type BodySummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySaved } from '../../components/notify';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { submitWith, zodValidate } from '../../components/zodForm';
import { bodyKindOptions } from './options';
import { FormActions } from '../../components/FormActions';
import { useStaleForm } from '../../components/StaleSave';

export function BodyForm({ existing, onClose }: { existing?: Pick<BodySummary, 'id' | 'name' | 'kind' | 'description' | 'version'>; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<BodyInput>({
    initialValues: existing ? { name: existing.name, kind: existing.kind, description: existing.description ?? '' } : { name: '', kind: 'working_group', description: '' },
    validate: zodValidate(bodyInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('bodies.get', { id: existing!.id }).catch(() => null);
      return fresh ? { version: fresh.version, values: { name: fresh.name, kind: fresh.kind, description: fresh.description ?? '' } } : null;
    },
    labels: { name: t('fields.name'), description: t('fields.description') },
  });
  const submit = form.onSubmit(
    submitWith(
      {
        save: (values: typeof form.values) => existing ? call('bodies.update', { id: existing.id, version: stale.version, data: values }) : call('bodies.create', values),
        isUpdate: !!existing,
        setErrors: form.setErrors,
        onSaved: async (saved) => {
          await qc.invalidateQueries();
          notifySaved(saved.name);
          onClose();
        },
      },
      (err) => stale.refused(err) || notifyError(err),
    ),
  );
  return (
    <Modal opened onClose={onClose} title={existing ? t('common.edit') : t('actors.newBody')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select label={t('fields.kind')} data={bodyKindOptions(t)} allowDeselect={false} {...form.getInputProps('kind')} />
          <Textarea label={t('fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
          {stale.alert}
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function BodyCard({ body }: { body: BodySummary }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const confirmDelete = useDeleteWithUndo();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <div>
          <Title order={2} size="h4">
            <Anchor href={`#/actors/bodies/${body.id}`} inherit>
              {body.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {t(`bodyKind.${body.kind}`)} · {t('actors.members')}: {body.memberCount}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${body.name}`} onClick={() => setEditing(true)}>
            <IconEdit size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`${t('common.delete')} ${body.name}`} onClick={() => confirmDelete(body.name, () => call('bodies.delete', { id: body.id, version: body.version }))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      {body.description && (
        <Text size="sm" mb="xs">
          {body.description}
        </Text>
      )}
      <Table>
        <Table.Tbody>
          {body.preview.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Anchor href={m.personId ? `#/actors/people/${m.personId}` : `#/actors/organisations/${m.organisationId}`} inherit>
                  {m.personName ?? m.organisationName}
                </Anchor>
              </Table.Td>
              <Table.Td w={110}>
                <Badge size="sm" variant="outline">
                  {t(`role.${m.role}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {body.memberCount > body.preview.length && (
        <Anchor href={`#/actors/bodies/${body.id}`} size="sm">
          {t('actors.moreMembers', { count: body.memberCount - body.preview.length })}
        </Anchor>
      )}
      {editing && <BodyForm existing={body} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

export function BodiesTab() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
  if (q.data && q.data.length === 0) return <EmptyState title={t('actors.emptyBodies')} />;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {(q.data ?? []).map((b) => (
        <BodyCard key={b.id} body={b} />
      ))}
    </SimpleGrid>
  );
}
