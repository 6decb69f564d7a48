import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconArrowBackUp, IconEye, IconFileTypePdf, IconLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo, MemoLinkKind } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { downloadMemoPdf } from './memoActions';
import { linkKindOptions } from './memoOptions';
import { MemoReadView } from './MemoReadView';
import { RichTextView } from './RichTextView';
import { linkTargetSearch } from './useLinkTargets';
import { SearchSelect } from '../../components/SearchSelect';

export function DecisionPanel({ memo, onUndo }: { memo: Memo; onUndo: () => void }) {
  const { t } = useTranslation();
  const effectStatus = (kind: string, status: string) => (kind === 'initiative' ? t(`initiativeStatus.${status}`, { defaultValue: status }) : status);
  const d = memo.decision;
  if (!d) return null;
  return (
    <Paper withBorder p="md" aria-label={t('memos.decision')} role="region">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('memos.decision')}</Title>
        <Badge color={d.outcome === 'rejected' ? 'red' : d.outcome === 'postponed' ? 'orange' : 'teal'}>{t(`memos.outcome.${d.outcome}`)}</Badge>
      </Group>
      <Text size="sm">
        {longDate(d.date)} · {d.body}
      </Text>
      {d.text && <RichTextView source={d.text} />}
      <Text size="xs" fw={600} mt="sm">
        {t('memos.effects')}
      </Text>
      {d.effects.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('memos.noEffects')}
        </Text>
      ) : (
        d.effects.map((e) => (
          <Text key={`${e.kind}-${e.targetId}`} size="xs">
            {t('memos.effectLine', { kind: t(`memos.linkKind.${e.kind}`), label: e.label, from: effectStatus(e.kind, e.from), to: effectStatus(e.kind, e.to) })}
          </Text>
        ))
      )}
      <Button
        mt="sm"
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconArrowBackUp size={14} />}
        onClick={() =>
          modals.openConfirmModal({
            title: t('memos.undoDecision'),
            children: <Text size="sm">{t('memos.decisionUndone')}</Text>,
            labels: { confirm: t('memos.undoDecision'), cancel: t('common.cancel') },
            onConfirm: onUndo,
          })
        }
      >
        {t('memos.undoDecision')}
      </Button>
    </Paper>
  );
}

function VersionModal({ memoId, number, onClose }: { memoId: number; number: number; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['memos.version', memoId, number], queryFn: () => call('memos.version', { memoId, number }) });
  return (
    <Modal opened onClose={onClose} size="xl" title={q.data ? t('memos.versionTitle', { n: number, date: longDate(q.data.sentOn) }) : t('common.loading')}>
      {q.data && <MemoReadView content={q.data.content} />}
      <Group justify="flex-end" mt="md">
        <Button leftSection={<IconFileTypePdf size={16} />} onClick={() => downloadMemoPdf(memoId, number)}>
          {t('memos.printVersion', { n: number })}
        </Button>
      </Group>
    </Modal>
  );
}

export function VersionsPanel({ memo, onDiscard }: { memo: Memo; onDiscard: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Paper withBorder p="md" role="region" aria-label={t('memos.versions')}>
      <Title order={5} mb="xs">
        {t('memos.versions')}
      </Title>
      {memo.versions.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('memos.noVersions')}
        </Text>
      ) : (
        <Stack gap={4}>
          {[...memo.versions].reverse().map((v) => (
            <Group key={v.number} justify="space-between" wrap="nowrap">
              <Text size="sm">{t('memos.versionItem', { n: v.number, date: longDate(v.sentOn) })}</Text>
              <Group gap={2} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={t('memos.openVersion', { n: v.number })} onClick={() => setOpen(v.number)}>
                  <IconEye size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" aria-label={t('memos.printVersion', { n: v.number })} onClick={() => downloadMemoPdf(memo.id, v.number)}>
                  <IconFileTypePdf size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {memo.hasUnsentChanges && memo.status !== 'decided' && (
        <Group justify="space-between" mt="xs" wrap="nowrap" gap="xs">
          <Text size="xs" c="orange.8">
            {t('memos.unsentChanges', { sent: memo.sentVersion, next: memo.sentVersion + 1 })}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() =>
              modals.openConfirmModal({
                title: t('memos.discard'),
                children: <Text size="sm">{t('memos.discardText', { n: memo.sentVersion })}</Text>,
                labels: { confirm: t('memos.discard'), cancel: t('common.cancel') },
                confirmProps: { color: 'red' },
                onConfirm: onDiscard,
              })
            }
          >
            {t('memos.discard')}
          </Button>
        </Group>
      )}
      {open !== null && <VersionModal memoId={memo.id} number={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}

export function LinksPanel({ memo }: { memo: Memo }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<MemoLinkKind>('initiative');
  const [targetId, setTargetId] = useState<number | string>('');
  const [label, setLabel] = useState('');
  const refresh = (m: Memo) => {
    qc.setQueryData(['memos.get', memo.id], m);
    // A decision may have moved linked initiatives.
    void qc.invalidateQueries({ queryKey: ['initiatives.list'] });
  };
  const add = async () => {
    try {
      refresh(await call('memos.linkAdd', { memoId: memo.id, targetKind: kind, targetId: Number(targetId), label }));
      setTargetId('');
      setLabel('');
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Paper withBorder p="md" role="region" aria-label={t('memos.links')}>
      <Title order={5} mb="xs">
        {t('memos.links')}
      </Title>
      {memo.links.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('memos.noLinks')}
        </Text>
      ) : (
        <Stack gap={4}>
          {memo.links.map((l) => (
            <Group key={l.id} justify="space-between" wrap="nowrap">
              <Text size="sm" truncate>
                <Badge size="xs" variant="light" mr={6}>
                  {t(`memos.linkKind.${l.targetKind}`)}
                </Badge>
                {l.label}
                {l.deleted && (
                  <Badge size="xs" color="red" variant="light" ml={6}>
                    {t('rules.linkDeleted')}
                  </Badge>
                )}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('memos.linkRemove', { label: l.label })}
                onClick={async () => {
                  try {
                    refresh(await call('memos.linkRemove', { id: l.id }));
                  } catch (err) {
                    notifyError(err);
                  }
                }}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <Stack gap={6} mt="sm">
        <Select size="xs" label={t('memos.linkKindLabel')} data={linkKindOptions(t)} value={kind} allowDeselect={false} onChange={(v) => v && (setKind(v as MemoLinkKind), setTargetId(''), setLabel(''))} />
        {kind === 'decision' ? (
          <Group grow gap={6}>
            <NumberInput size="xs" label={t('memos.linkId')} min={1} allowDecimal={false} value={targetId} onChange={setTargetId} />
            <TextInput size="xs" label={t('memos.linkLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
          </Group>
        ) : (
          <SearchSelect
            size="xs"
            label={t('memos.linkLabel')}
            queryKey={['memoLinkTargets', kind]}
            search={linkTargetSearch(kind)}
            exclude={(v) => memo.links.some((l) => l.targetKind === kind && String(l.targetId) === v)}
            value={targetId ? String(targetId) : null}
            selectedLabel={label || null}
            onChange={(v, picked) => {
              setTargetId(v ?? '');
              setLabel(picked ?? '');
            }}
          />
        )}
        <Button size="xs" variant="light" leftSection={<IconLink size={14} />} disabled={!label.trim() || !Number(targetId)} onClick={add}>
          {t('memos.linkAdd')}
        </Button>
      </Stack>
    </Paper>
  );
}
