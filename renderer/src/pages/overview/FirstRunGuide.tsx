import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { navigate } from '../../router';
import { ImportWizard } from '../actors/ImportWizard';
import { MeetingForm } from '../meetings/MeetingForm';

type StepKey = 'name' | 'import' | 'invite' | 'meeting';

function Step({ title, text, done, skipped, onSkip, children, summary }: { title: string; text: string; done: boolean; skipped: boolean; onSkip: () => void; children: ReactNode; summary?: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5">
            {title}
          </Title>
          {done ? (
            <Badge color="teal" variant="light">
              {t('firstRun.doneBadge')}
            </Badge>
          ) : skipped ? (
            <Badge color="gray" variant="light">
              {t('firstRun.skipped')}
            </Badge>
          ) : null}
        </Group>
        {done && summary ? <Text size="sm">{summary}</Text> : <Text size="sm">{text}</Text>}
        {!done && (
          <Group gap="sm" wrap="wrap">
            {children}
            {!skipped && (
              <Button variant="subtle" size="sm" onClick={onSkip}>
                {t('firstRun.skip')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The first-run guide on an empty file: the partnership's name, an actor list imported, the core
 * participants gathered in the partnership body, the first meeting planned. Each step is the real action
 * (the import wizard, the meeting form) and can be skipped; the guide stays until it is closed.
 */
export function FirstRunGuide({ settings, onDemo, demoLoading }: { settings: Required<Settings>; onDemo: () => void; demoLoading: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(settings.firstRunGuide === 'new' ? '' : settings.partnershipName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<Set<StepKey>>(new Set());
  const [importing, setImporting] = useState<'organisations' | 'people' | null>(null);
  const [planning, setPlanning] = useState(false);
  const [busy, setBusy] = useState(false);

  const orgs = useQuery({ queryKey: ['organisations.count'], queryFn: () => call('organisations.list', { limit: 1 }) });
  const people = useQuery({ queryKey: ['people.count'], queryFn: () => call('people.list', { limit: 1 }) });
  const coreOrgs = useQuery({ queryKey: ['firstRun.coreOrgs'], queryFn: () => call('organisations.list', { relation: 'core', limit: 500 }) });
  const corePeople = useQuery({ queryKey: ['firstRun.corePeople'], queryFn: () => call('people.list', { relation: 'core', limit: 500 }) });
  const bodies = useQuery({ queryKey: ['bodies.list'], queryFn: () => call('bodies.list', {}) });
  const meetings = useQuery({ queryKey: ['meetings.list', 'firstRun'], queryFn: () => call('meetings.list', { limit: 1 }) });

  const refresh = () => qc.invalidateQueries();
  /** Any step taken keeps the guide on Oversigt after the file stops being empty. */
  const save = async (patch: Partial<Settings>) => {
    await call('settings.update', { partnershipName: settings.partnershipName, municipality: settings.municipality, ...patch, firstRunGuide: patch.firstRunGuide ?? 'open' });
    await qc.invalidateQueries({ queryKey: ['settings.get'] });
  };
  const skip = (k: StepKey) => {
    setSkipped((s) => new Set(s).add(k));
    void save({}).catch(notifyError);
  };

  const partnership = bodies.data?.find((b) => b.kind === 'partnership');
  // People first; an organisation counts on its own only when none of its people is a core participant.
  const withPeople = new Set((corePeople.data?.items ?? []).map((p) => p.organisationId));
  const coreMembers = [
    ...(corePeople.data?.items ?? []).map((p) => ({ personId: p.id, organisationId: null })),
    ...(coreOrgs.data?.items ?? []).filter((o) => !withPeople.has(o.id)).map((o) => ({ personId: null, organisationId: o.id })),
  ];
  const firstMeeting = meetings.data?.items[0];

  const done: Record<StepKey, boolean> = {
    name: settings.firstRunGuide !== 'new' && !!settings.partnershipName && name.trim() === settings.partnershipName,
    import: (orgs.data?.total ?? 0) + (people.data?.total ?? 0) > 0,
    invite: !!partnership && partnership.memberCount > 0,
    meeting: !!firstMeeting,
  };
  const count = Object.values(done).filter(Boolean).length;

  const saveName = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('validation.zod.required'));
    setNameError(null);
    try {
      await save({ partnershipName: trimmed });
    } catch (err) {
      notifyError(err);
    }
  };

  const gather = async () => {
    setBusy(true);
    try {
      await save({});
      const body = partnership ?? (await call('bodies.create', { name: settings.partnershipName, kind: 'partnership', description: null }));
      for (const m of coreMembers) await call('memberships.add', { bodyId: body.id, ...m, role: 'member', fromDate: null, toDate: null });
      await refresh();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="first-run-title">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} id="first-run-title" size="h3">
            {t('firstRun.title')}
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {t('firstRun.progress', { done: count, total: 4 })}
          </Text>
        </Group>
        <Text size="sm">{count === 4 ? t('firstRun.finished') : t('firstRun.intro')}</Text>

        <Step title={t('firstRun.nameTitle')} text={t('firstRun.nameText')} done={false} skipped={skipped.has('name')} onSkip={() => skip('name')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveName();
            }}
            style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'flex-end', flexWrap: 'wrap' }}
          >
            <TextInput label={t('settings.partnershipName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} placeholder="Ungepartnerskabet i …" w={340} maxLength={200} />
            <Button type="submit">{t('firstRun.nameSave')}</Button>
          </form>
          {done.name && (
            <Text size="sm" c="teal.9" role="status" w="100%">
              {t('firstRun.nameSaved', { name: settings.partnershipName })}
            </Text>
          )}
        </Step>

        <Step
          title={t('firstRun.importTitle')}
          text={t('firstRun.importText')}
          done={done.import}
          summary={t('firstRun.importDone', { organisations: orgs.data?.total ?? 0, people: people.data?.total ?? 0 })}
          skipped={skipped.has('import')}
          onSkip={() => skip('import')}
        >
          <Button onClick={() => setImporting('organisations')}>{t('firstRun.importOrganisations')}</Button>
          <Button variant="default" onClick={() => setImporting('people')}>
            {t('firstRun.importPeople')}
          </Button>
          <Anchor href="#/actors/organisations" size="sm">
            {t('firstRun.importManual')}
          </Anchor>
        </Step>

        <Step
          title={t('firstRun.inviteTitle')}
          text={coreMembers.length > 0 || !done.import ? t('firstRun.inviteText') : t('firstRun.inviteNone')}
          done={done.invite}
          summary={t('firstRun.inviteDone', { name: partnership?.name ?? '', count: partnership?.memberCount ?? 0 })}
          skipped={skipped.has('invite')}
          onSkip={() => skip('invite')}
        >
          {coreMembers.length > 0 ? (
            <Button onClick={() => void gather()} loading={busy}>
              {t('firstRun.inviteButton', { count: coreMembers.length })}
            </Button>
          ) : (
            <Anchor href="#/actors/organisations" size="sm">
              {t('firstRun.inviteOpenActors')}
            </Anchor>
          )}
        </Step>

        <Step
          title={t('firstRun.meetingTitle')}
          text={t('firstRun.meetingText')}
          done={done.meeting}
          summary={t('firstRun.meetingDone', { title: firstMeeting?.title ?? '' })}
          skipped={skipped.has('meeting')}
          onSkip={() => skip('meeting')}
        >
          <Button onClick={() => setPlanning(true)}>{t('firstRun.meetingButton')}</Button>
        </Step>

        <Group justify="space-between" wrap="wrap">
          {!done.import && orgs.data && people.data ? (
            <Group gap="sm">
              <Text size="sm">{t('firstRun.demoText')}</Text>
              <Button variant="default" onClick={onDemo} loading={demoLoading}>
                {t('overview.loadDemo')}
              </Button>
            </Group>
          ) : (
            <span />
          )}
          <Button variant={count === 4 ? 'filled' : 'default'} onClick={() => void save({ firstRunGuide: 'done' }).catch(notifyError)}>
            {t('firstRun.close')}
          </Button>
        </Group>
      </Stack>
      {importing && (
        <ImportWizard
          initialTarget={importing}
          onClose={() => {
            setImporting(null);
            void save({}).then(refresh).catch(notifyError);
          }}
        />
      )}
      {planning && (
        <MeetingForm
          onClose={() => setPlanning(false)}
          onSaved={(m) => {
            // The overview's sections were read before the meeting existed.
            void save({}).then(refresh).catch(notifyError);
            navigate('meetings', 'list', m.id);
          }}
        />
      )}
    </Paper>
  );
}
