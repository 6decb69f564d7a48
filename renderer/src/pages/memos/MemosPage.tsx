import { Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoInput, type MemoInput, type MemoStatus } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../components/notify';
import { zodValidate, showSaveError } from '../../components/zodForm';
import { longDate } from '../../format';
import { navigate } from '../../router';
import { MemoEditorPage } from './MemoEditor';
import { blankMemo, today } from './memoForm';
import { recipientText, statusColor } from './memoOptions';
import { saveConfirmingCaseNumber } from './caseNumberConfirm';
import { MemoHeaderFields } from './MemoHeaderFields';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';

const PAGE = 100;

type Filter = 'all' | 'awaiting' | 'draft' | 'decided';
const filterQuery: Record<Filter, { status?: MemoStatus; awaitingOnly?: boolean }> = {
  all: {},
  awaiting: { awaitingOnly: true },
  draft: { status: 'draft' },
  decided: { status: 'decided' },
};

function CreateMemo({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<MemoInput>({ mode: 'controlled', initialValues: blankMemo(), validate: zodValidate(memoInput) });
  const submit = form.onSubmit(async (values) => {
    try {
      const memo = await saveConfirmingCaseNumber((confirmed) => call('memos.create', { ...values, confirmDuplicateCaseNumber: confirmed || undefined }));
      await qc.invalidateQueries({ queryKey: ['memos.list'] });
      onClose();
      navigate('memos', 'edit', memo.id);
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('memos.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <MemoHeaderFields autoFocus inputProps={(f) => form.getInputProps(f)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MemoList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [creating, setCreating] = useState(false);
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['memos.list', filter, debounced, offset],
    queryFn: () => call('memos.list', { ...filterQuery[filter], search: debounced, offset, limit: PAGE }),
    placeholderData: (prev) => prev,
  });
  const awaiting = useQuery({ queryKey: ['memos.list', 'awaitingCount'], queryFn: () => call('memos.list', { awaitingOnly: true, limit: 1 }) });
  const items = q.data?.items ?? [];
  const awaitingCount = awaiting.data?.total ?? 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('memos.title')}</PageTitle>
          {awaitingCount > 0 && (
            <Badge color="orange" variant="filled" aria-live="polite">
              {t('memos.awaitingCount', { count: awaitingCount })}
            </Badge>
          )}
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('memos.new')}
        </Button>
      </Group>
      <Group>
        <SegmentedControl
          value={filter}
          onChange={(f) => {
            setFilter(f as Filter);
            setOffset(0);
          }}
          data={(['all', 'awaiting', 'draft', 'decided'] as const).map((f) => ({ value: f, label: t(`memos.filter.${f}`) }))}
        />
        <TextInput leftSection={<IconSearch size={16} />} placeholder={t('memos.search')} aria-label={t('memos.search')} value={search} onChange={(e) => {
          setSearch(e.currentTarget.value);
          setOffset(0);
        }} w={280} />
      </Group>
      <Paper withBorder>
        {q.isLoading ? (
          <Text p="md">{t('common.loading')}</Text>
        ) : items.length === 0 ? (
          <EmptyState
            title={filter === 'all' && !debounced ? t('memos.empty') : t('memos.noMatches')}
            text={filter === 'all' && !debounced ? t('memos.emptyText') : undefined}
            action={filter === 'all' && !debounced ? <Button onClick={() => setCreating(true)}>{t('memos.new')}</Button> : undefined}
          />
        ) : (
          <Table highlightOnHover verticalSpacing="sm" aria-label={t('memos.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('memos.col.title')}</Table.Th>
                <Table.Th>{t('memos.col.recipient')}</Table.Th>
                <Table.Th>{t('memos.col.meetingDate')}</Table.Th>
                <Table.Th w={260}>{t('memos.col.status')}</Table.Th>
                <Table.Th w={170}>{t('memos.col.version')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr
                  key={m.id}
                  onClick={() => navigate('memos', 'edit', m.id)}
                  style={{ cursor: 'pointer', boxShadow: m.awaitingDecision ? 'inset 4px 0 0 var(--mantine-color-orange-6)' : undefined }}
                  bg={m.awaitingDecision ? 'orange.0' : undefined}
                >
                  <Table.Td>
                    <a href={`#/memos/edit/${m.id}`} style={{ color: 'inherit', textDecoration: 'none', fontWeight: 500 }}>
                      {m.title}
                    </a>
                    {m.caseNumber && (
                      <Text size="xs" c="dimmed">
                        {m.caseNumber}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{recipientText(t, m)}</Table.Td>
                  <Table.Td>
                    {m.meetingDate ? longDate(m.meetingDate) : '–'}
                    {m.awaitingDecision && m.meetingDate && m.meetingDate < today() && (
                      <Text size="xs" c="orange.9">
                        {t('memos.meetingHeld')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={4} wrap="nowrap">
                      <Badge color={statusColor[m.status]} variant={m.awaitingDecision ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
                        {m.awaitingDecision ? t('memos.awaitingBadge') : t(`memos.status.${m.status}`)}
                      </Badge>
                      {m.outcome && m.status === 'decided' && (
                        <Text size="xs" c="dimmed">
                          {t(`memos.outcome.${m.outcome}`)}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c="dimmed">
                      {m.sentVersion === 0 ? t('memos.status.draft') : m.hasUnsentChanges ? t('memos.workingDraft', { n: m.sentVersion + 1 }) : t('memos.versionLine', { n: m.sentVersion })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Pager offset={offset} limit={PAGE} total={q.data?.total ?? 0} onOffset={setOffset} />
      {creating && <CreateMemo onClose={() => setCreating(false)} />}
    </Stack>
  );
}

export function MemosPage({ tab, id }: { tab?: string; id?: number }) {
  if (tab === 'edit' && id) return <MemoEditorPage id={id} />;
  return <MemoList />;
}
