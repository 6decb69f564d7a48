import { ActionIcon, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetGroupInput, trackInput, type TargetGroup, type TargetGroupInput, type Track, type TrackInput } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { confirmDestroy } from './confirm';
import { useTargetGroups, useTracks } from './lookups';
import { useStaleForm } from '../../components/StaleSave';

function useSave() {
  const qc = useQueryClient();
  return async (run: () => Promise<{ name: string }>, onError: (e: Record<string, string>) => void, done: () => void, refused: (err: unknown) => boolean) => {
    try {
      const saved = await run();
      await qc.invalidateQueries();
      notifySaved(saved.name);
      done();
    } catch (err) {
      if (refused(err)) return;
      showSaveError(err, onError, notifyError, 'data.');
    }
  };
}

function TrackForm({ existing, done }: { existing?: Track; done: () => void }) {
  const { t } = useTranslation();
  const save = useSave();
  const form = useForm<TrackInput>({
    initialValues: existing ? { name: existing.name, description: existing.description ?? '', sortOrder: existing.sortOrder } : { name: '', description: '', sortOrder: 0 },
    validate: zodValidate(trackInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = (await call('tracks.list', {})).find((x) => x.id === existing?.id);
      return fresh ? { version: fresh.version, values: { name: fresh.name, description: fresh.description ?? '', sortOrder: fresh.sortOrder } } : null;
    },
    labels: { name: t('initiatives.trackName'), description: t('initiatives.description'), sortOrder: t('initiatives.sortOrder') },
  });
  const submit = form.onSubmit((v) =>
    save(() => (existing ? call('tracks.update', { id: existing.id, version: stale.version, data: v }) : call('tracks.create', v)), form.setErrors, () => { form.reset(); done(); }, stale.refused),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `${t('common.edit')} ${existing.name}` : t('initiatives.newTrack')}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput label={t('initiatives.trackName')} required {...form.getInputProps('name')} />
          <NumberInput label={t('initiatives.sortOrder')} allowDecimal={false} min={0} maw={120} {...form.getInputProps('sortOrder')} />
        </Group>
        <Textarea label={t('initiatives.description')} autosize minRows={1} {...form.getInputProps('description')} />
        {stale.alert}
        <Group justify="flex-end" gap="xs">
          {existing && (
            <Button variant="default" size="xs" onClick={done}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" size="xs" leftSection={existing ? undefined : <IconPlus size={14} />}>
            {existing ? t('common.save') : t('initiatives.newTrack')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TargetGroupForm({ existing, done }: { existing?: TargetGroup; done: () => void }) {
  const { t } = useTranslation();
  const save = useSave();
  const form = useForm<TargetGroupInput>({
    initialValues: existing ? { name: existing.name, ageFrom: existing.ageFrom, ageTo: existing.ageTo } : { name: '', ageFrom: null, ageTo: null },
    validate: zodValidate(targetGroupInput),
  });
  const stale = useStaleForm({
    version: existing?.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = (await call('targetGroups.list', {})).find((x) => x.id === existing?.id);
      return fresh ? { version: fresh.version, values: { name: fresh.name, ageFrom: fresh.ageFrom, ageTo: fresh.ageTo } } : null;
    },
    labels: { name: t('initiatives.name'), ageFrom: t('initiatives.ageFrom'), ageTo: t('initiatives.ageTo') },
  });
  const num = (path: 'ageFrom' | 'ageTo') => {
    const p = form.getInputProps(path);
    return { ...p, value: p.value ?? '', onChange: (v: string | number) => form.setFieldValue(path, v === '' ? null : Number(v)) };
  };
  const submit = form.onSubmit((v) =>
    save(() => (existing ? call('targetGroups.update', { id: existing.id, version: stale.version, data: v }) : call('targetGroups.create', v)), form.setErrors, () => { form.reset(); done(); }, stale.refused),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `${t('common.edit')} ${existing.name}` : t('initiatives.newTargetGroup')}>
      <Group align="flex-end" gap="xs">
        <TextInput label={t('initiatives.name')} required style={{ flex: 1 }} {...form.getInputProps('name')} />
        <NumberInput label={t('initiatives.ageFrom')} w={100} allowDecimal={false} min={0} {...num('ageFrom')} />
        <NumberInput label={t('initiatives.ageTo')} w={100} allowDecimal={false} min={0} {...num('ageTo')} />
        <Button type="submit" size="sm">
          {existing ? t('common.save') : t('common.create')}
        </Button>
        {existing && (
          <Button variant="default" size="sm" onClick={done}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      {stale.alert}
    </form>
  );
}

function useRemove() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (name: string, run: () => Promise<unknown>) =>
    confirmDestroy(t('actors.confirmDeleteTitle', { name }), '', async () => {
      try {
        await run();
        await qc.invalidateQueries();
      } catch (err) {
        notifyError(err);
      }
    });
}

export function SetupTab() {
  const { t } = useTranslation();
  const tracks = useTracks().data ?? [];
  const groups = useTargetGroups().data ?? [];
  const [editTrack, setEditTrack] = useState<number | null>(null);
  const [editGroup, setEditGroup] = useState<number | null>(null);
  const remove = useRemove();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ overflow: 'auto' }}>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('initiatives.tracks')}
        </Title>
        <Stack gap="sm">
          {tracks.length === 0 && <EmptyState title={t('initiatives.empty')} text={t('initiatives.emptyText')} />}
          {tracks.map((tr) =>
            editTrack === tr.id ? (
              <TrackForm key={tr.id} existing={tr} done={() => setEditTrack(null)} />
            ) : (
              <Group key={tr.id} justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={500}>{tr.name}</Text>
                  <Text size="xs" c="dimmed">
                    {t('initiatives.count', { count: tr.initiativeCount })}
                    {tr.description ? ` · ${tr.description}` : ''}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${tr.name}`} onClick={() => setEditTrack(tr.id)}>
                    <IconEdit size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={t('initiatives.deleteItem', { name: tr.name })} onClick={() => remove(tr.name, () => call('tracks.delete', { id: tr.id, version: tr.version }))}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            ),
          )}
          <Paper bg="gray.0" p="sm">
            <TrackForm done={() => undefined} />
          </Paper>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('initiatives.targetGroupsSetup')}
        </Title>
        <Table>
          <Table.Tbody>
            {groups.map((g) =>
              editGroup === g.id ? (
                <Table.Tr key={g.id}>
                  <Table.Td colSpan={3}>
                    <TargetGroupForm existing={g} done={() => setEditGroup(null)} />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={g.id}>
                  <Table.Td fw={500}>{g.name}</Table.Td>
                  <Table.Td c="dimmed">{t('initiatives.count', { count: g.initiativeCount })}</Table.Td>
                  <Table.Td w={80}>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${g.name}`} onClick={() => setEditGroup(g.id)}>
                        <IconEdit size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={t('initiatives.deleteItem', { name: g.name })} onClick={() => remove(g.name, () => call('targetGroups.delete', { id: g.id, version: g.version }))}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
        <Paper bg="gray.0" p="sm" mt="sm">
          <TargetGroupForm done={() => undefined} />
        </Paper>
      </Paper>
    </SimpleGrid>
  );
}
