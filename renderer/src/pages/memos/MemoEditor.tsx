import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler, useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconCheck, IconDeviceFloppy, IconDownload, IconFileTypeDocx, IconGavel, IconSend, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoInput, type DecisionInput, type Memo } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { navigate } from '../../router';
import { EconomyEditor } from './EconomyEditor';
import { OptionsEditor, TextListEditor } from './ListEditors';
import { downloadMemoDocx, downloadMemoPdf } from './memoActions';
import { DecisionDialog, SendDialog } from './MemoDialogs';
import { formValuesOf, toInput, type MemoFormValues } from './memoForm';
import { statusColor } from './memoOptions';
import { MemoReadView } from './MemoReadView';
import { DecisionPanel, LinksPanel, VersionsPanel } from './MemoSidePanels';
import { MailLog } from '../mail/MailLog';
import { MemoSendButton } from '../mail/MeetingMail';
import { RichTextField } from './RichTextField';
import { saveConfirmingCaseNumber } from './caseNumberConfirm';
import { MemoHeaderFields } from './MemoHeaderFields';
import { LastChanged, useStaleForm } from '../../components/StaleSave';
import { PageTitle } from '../../components/PageTitle';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={4} mb={4} c="blue.8">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function MemoEditorPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['memos.get', id], queryFn: () => call('memos.get', { id }) });
  if (!q.data) return <Text p="md">{q.isError ? t('errors.NOT_FOUND') : t('common.loading')}</Text>;
  return <MemoEditor key={id} memo={q.data} />;
}

function MemoEditor({ memo }: { memo: Memo }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'send' | 'decide' | null>(null);
  const form = useForm<MemoFormValues>({ mode: 'controlled', initialValues: formValuesOf(memo.content), validate: zodValidate(memoInput) });
  const locked = memo.status === 'decided';
  const dirty = form.isDirty();

  // The version this editor's text is based on: moved on by its own saves only, so a colleague's save in
  // between (issue 16) is refused with who and when instead of being overwritten by the next autosave.
  const baseVersion = useRef(memo.version);
  const stale = useStaleForm({
    version: memo.version,
    values: form.values,
    setValues: form.setValues,
    fetch: async () => {
      const fresh = await call('memos.get', { id: memo.id }).catch(() => null);
      if (!fresh) return null;
      baseVersion.current = fresh.version;
      qc.setQueryData(['memos.get', fresh.id], fresh);
      // The colleague's text is the saved state; only what is put back after it counts as unsaved.
      form.resetDirty(formValuesOf(fresh.content));
      return { version: fresh.version, values: formValuesOf(fresh.content) };
    },
    labels: {
      title: t('memos.field.title'), recipientName: t('memos.field.recipientName'), caseNumber: t('memos.field.caseNumber'), author: t('memos.field.author'),
      summary: t('memos.section.summary'), background: t('memos.section.background'), economyText: t('memos.economy.text'), consequences: t('memos.section.consequences'),
    },
  });
  const apply = (m: Memo) => {
    baseVersion.current = m.version;
    stale.rebase(m.version);
    qc.setQueryData(['memos.get', m.id], m);
    void qc.invalidateQueries({ queryKey: ['memos.list'] });
  };

  /** Saves when there are changes; returns false if the input is invalid or the save failed. */
  const saveNow = async (quiet = false): Promise<boolean> => {
    if (!form.isDirty()) return true;
    if (stale.stale || form.validate().hasErrors) return false;
    try {
      const sent = form.getValues();
      const saved = await saveConfirmingCaseNumber((confirmed) => call('memos.update', { id: memo.id, version: baseVersion.current, data: { ...toInput(sent), confirmDuplicateCaseNumber: confirmed || undefined } }));
      // Only what was sent becomes "clean": text typed while the save was under way stays dirty, never overwritten.
      form.resetDirty(sent);
      apply(saved);
      if (!quiet) notifySaved(t('memos.saved'));
      return true;
    } catch (err) {
      if (!stale.refused(err)) showSaveError(err, form.setErrors, notifyError, 'data.');
      return false;
    }
  };

  // One save at a time: a save asked for while another is under way (the autosave, then leaving the memo
  // or Gem) waits for it and builds on the version it got. Side by side, the second would carry the
  // version before the first and be refused as a colleague's change, and on leaving its text was lost.
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const save = (quiet = false): Promise<boolean> => {
    const next = saving.current.then(() => saveNowRef.current(quiet));
    saving.current = next.catch(() => undefined);
    return next;
  };

  // Autosave: a quiet save two seconds after the last keystroke, when the input is valid.
  const [debouncedValues] = useDebouncedValue(form.values, 2000);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (locked || stale.stale || !form.isDirty() || !memoInput.safeParse(debouncedValues).success) return;
    void saveRef.current(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the debounced values settle
  }, [debouncedValues, locked]);

  // Leaving the memo (another page, another memo) saves what was typed since the last save.
  useEffect(() => () => void saveRef.current(true), []);

  // Warn before the window closes with unsaved text.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const act = async (work: () => Promise<Memo>, message?: string) => {
    try {
      apply(await work());
      if (message) notifications.show({ color: 'teal', message });
    } catch (err) {
      if (!stale.refused(err)) notifyError(err);
    }
  };

  const send = async (sentOn: string) => {
    if (!(await save(true))) return;
    const m = await call('memos.send', { id: memo.id, version: baseVersion.current, sentOn });
    setDialog(null);
    apply(m);
    notifications.show({ color: 'teal', message: t('memos.sentDone', { n: m.sentVersion }) });
  };

  const discard = () =>
    act(async () => {
      const m = await call('memos.discardChanges', { id: memo.id, version: baseVersion.current });
      const clean = formValuesOf(m.content);
      form.setValues(clean);
      form.resetDirty(clean);
      return m;
    }, t('memos.discarded', { n: memo.sentVersion }));

  const undoDecision = () => act(() => call('memos.undoDecision', { id: memo.id, version: baseVersion.current }), t('memos.decisionUndone'));

  const decide = async (d: DecisionInput) => {
    const m = await call('memos.decide', { id: memo.id, version: baseVersion.current, decision: d });
    setDialog(null);
    apply(m);
    const nid = `decided-${m.id}`;
    notifications.show({
      id: nid,
      color: 'teal',
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {t('memos.decided')}
            {m.decision?.effects.length ? ` · ${m.decision.effects.map((e) => e.label).join(', ')} → ${t(`initiativeStatus.${m.decision.effects[0]!.to}`, { defaultValue: m.decision.effects[0]!.to })}` : ''}
          </Text>
          <Button size="compact-sm" variant="light" onClick={() => { notifications.hide(nid); void undoDecision(); }}>
            {t('common.undo')}
          </Button>
        </Group>
      ),
    });
  };

  const prefill = async () => {
    try {
      const { economy } = await call('memos.prefillEconomy', { id: memo.id });
      if (!economy) return notifications.show({ color: 'gray', message: t('memos.economy.prefillNone') });
      form.setFieldValue('economy', { columns: economy.columns, rows: economy.rows, note: economy.note ?? '' });
      notifications.show({ color: 'teal', message: t('memos.economy.prefillDone') });
    } catch (err) {
      notifyError(err);
    }
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('memos.deleteTitle', { name: memo.title }),
      children: <Text size="sm">{t('memos.deleteText')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('memos.delete', { id: memo.id, version: baseVersion.current });
          await qc.invalidateQueries({ queryKey: ['memos.list'] });
          notifications.show({ color: 'gray', message: t('memos.deleted') });
          navigate('memos');
        } catch (err) {
          notifyError(err);
        }
      },
    });

  const errors = form.errors;
  const v = form.values;
  const canSend = !locked && (memo.status === 'draft' || memo.status === 'review' || memo.hasUnsentChanges || dirty);
  const nextVersion = memo.sentVersion + 1;
  const versionText = memo.sentVersion === 0 || memo.hasUnsentChanges ? t('memos.workingDraft', { n: nextVersion }) : t('memos.versionLine', { n: memo.sentVersion });

  return (
    <Stack gap="sm" onKeyDown={getHotkeyHandler([['mod+S', () => void save()]])}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" style={{ position: 'sticky', top: 0, zIndex: 5, background: 'var(--mantine-color-gray-0)', paddingBottom: 8 }}>
        {/* The title keeps a readable width; the buttons wrap onto a second row on narrow windows. */}
        <div style={{ flex: '1 1 560px', minWidth: 0 }}>
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} />} onClick={() => navigate('memos')} mb={4}>
            {t('memos.back')}
          </Button>
          <PageTitle lineClamp={2}>
            {memo.title}
          </PageTitle>
          <LastChanged info={memo} />
          <Group gap="xs" mt={4}>
            <Badge color={statusColor[memo.status]} aria-label={t('memos.col.status')}>
              {t(`memos.status.${memo.status}`)}
            </Badge>
            {memo.status === 'sent' && <Badge color="orange" variant="outline">{t('memos.awaitingBadge')}</Badge>}
            <Text size="sm" c="dimmed" data-testid="memo-version">
              {versionText}
            </Text>
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} aria-live="polite">
              {dirty ? t('memos.unsaved') : t('memos.allSaved')}
            </Text>
          </Group>
        </div>
        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flex: '0 1 auto' }}>
          {!locked && (
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} variant={dirty ? 'filled' : 'light'}>
              {t('memos.save')}
            </Button>
          )}
          {memo.status === 'draft' && (
            <Button variant="default" leftSection={<IconCheck size={16} />} onClick={() => act(() => call('memos.setStatus', { id: memo.id, version: baseVersion.current, status: 'review' }))}>
              {t('memos.toReview')}
            </Button>
          )}
          {memo.status === 'review' && (
            <Button variant="default" onClick={() => act(() => call('memos.setStatus', { id: memo.id, version: baseVersion.current, status: 'draft' }))}>
              {t('memos.toDraft')}
            </Button>
          )}
          {canSend && (
            <Button variant="default" leftSection={<IconSend size={16} />} onClick={async () => (await save(true)) && setDialog('send')}>
              {memo.sentVersion === 0 ? t('memos.send') : t('memos.sendAgain', { n: nextVersion })}
            </Button>
          )}
          {memo.sentVersion > 0 && memo.status === 'sent' && (
            <Button variant="default" leftSection={<IconGavel size={16} />} onClick={() => setDialog('decide')}>
              {t('memos.decide')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={async () => (await save(true)) && downloadMemoPdf(memo.id)}>
            {t('memos.pdf')}
          </Button>
          <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} title={t('wordExport.memoDocxHint')} onClick={async () => (await save(true)) && downloadMemoDocx(memo.id)}>
            {t('wordExport.memoDocx')}
          </Button>
          <MemoSendButton memoId={memo.id} />
          {memo.sentVersion === 0 && (
            <Button variant="subtle" color="red" aria-label={t('memos.delete')} onClick={confirmDelete}>
              <IconTrash size={16} />
            </Button>
          )}
        </Group>
      </Group>
      {stale.alert}
      {locked && <Alert color="teal">{t('memos.lockedDecided')}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {locked ? (
            <Paper withBorder p="lg">
              <MemoReadView content={memo.content} />
            </Paper>
          ) : (
          <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <Stack gap="sm">
                <Section title={t('memos.section.header')}>
                  <Stack gap="xs">
                    <MemoHeaderFields inputProps={(f) => form.getInputProps(f)} />
                  </Stack>
                </Section>
                <Section title={t('memos.section.summary')}>
                  <RichTextField hideLabel label={t('memos.section.summary')} value={v.summary} onChange={(x) => form.setFieldValue('summary', x)} error={errors.summary} minRows={3} />
                </Section>
                <Section title={t('memos.section.background')}>
                  <RichTextField hideLabel label={t('memos.section.background')} description={t('memos.section.backgroundHint')} value={v.background} onChange={(x) => form.setFieldValue('background', x)} error={errors.background} minRows={6} />
                </Section>
                <Section title={t('memos.section.options')}>
                  <OptionsEditor options={v.options} onChange={(o) => form.setFieldValue('options', o)} errors={errors} />
                </Section>
                <Section title={t('memos.section.economy')}>
                  <Stack gap="sm">
                    <RichTextField label={t('memos.economy.text')} value={v.economyText} onChange={(x) => form.setFieldValue('economyText', x)} minRows={2} />
                    <EconomyEditor value={v.economy} onChange={(e) => form.setFieldValue('economy', { ...e, note: e.note ?? '' })} errors={errors} />
                    {!locked && memo.links.some((l) => l.targetKind === 'initiative') && (
                      <Button size="xs" variant="subtle" w="fit-content" onClick={prefill}>
                        {t('memos.economy.prefill')}
                      </Button>
                    )}
                  </Stack>
                </Section>
                <Section title={t('memos.section.consequences')}>
                  <RichTextField hideLabel label={t('memos.section.consequences')} value={v.consequences} onChange={(x) => form.setFieldValue('consequences', x)} />
                </Section>
                <Section title={t('memos.section.recommendations')}>
                  <TextListEditor items={v.recommendations} onChange={(x) => form.setFieldValue('recommendations', x)} errors={errors} path="recommendations" labelKey="memos.recommendation.label" addKey="memos.recommendation.add" removeKey="memos.recommendation.remove" intro={t('memos.recommendation.intro')} />
                </Section>
                <Section title={t('memos.section.attachments')}>
                  <TextListEditor items={v.attachments} onChange={(x) => form.setFieldValue('attachments', x)} errors={errors} path="attachments" labelKey="memos.attachment.label" addKey="memos.attachment.add" removeKey="memos.attachment.remove" />
                </Section>
              </Stack>
            </fieldset>
          </form>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm" style={{ position: 'sticky', top: 110 }}>
            <DecisionPanel memo={memo} onUndo={undoDecision} />
            <VersionsPanel memo={memo} onDiscard={discard} />
            <Paper withBorder p="sm">
              <MailLog memoId={memo.id} />
            </Paper>
            <LinksPanel memo={memo} />
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog === 'send' && <SendDialog memo={memo} onClose={() => setDialog(null)} onSend={send} />}
      {dialog === 'decide' && <DecisionDialog memo={memo} onClose={() => setDialog(null)} onDecide={decide} />}
    </Stack>
  );
}
