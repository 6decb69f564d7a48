import { Alert, Button, Group, NumberInput, PasswordInput, Progress, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerHoldings, ServerSettings, TransferProgress, TransferResult } from '../../../../preload/contract';
import { ApiClientError, call } from '../../api/client';
import { onEvent } from '../../api/events';
import { errorMessage } from '../../components/notify';
import { integer } from '../../format';

const blank: ServerSettings = { host: '', port: 5432, database: 'samspil', user: '', tls: 'require' };

/** Indstillinger → Database (issue 16): the mode, the server form with "Test forbindelse", and moving data with progress. */
export function DatabaseSection() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ['database.status'], queryFn: () => call('database.status', {}) });
  const [form, setForm] = useState<ServerSettings>(blank);
  const [password, setPassword] = useState('');
  const [exportPath, setExportPath] = useState('');
  const [held, setHeld] = useState<ServerHoldings | null>(null);
  const [result, setResult] = useState<TransferResult | null>(null);
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const s = status.data;
    if (!s) return;
    if (s.configured.mode === 'server') setForm(s.configured.server);
    else if (s.current.mode === 'server') setForm(s.current.server);
  }, [status.data]);
  useEffect(() => onEvent('transfer.progress', setProgress), []);

  const login = () => ({ ...form, ...(password ? { password } : {}) });
  const test = useMutation({
    mutationFn: () => call('database.testConnection', login()),
    onMutate: () => {
      setProblem(null);
      setHeld(null);
    },
    onSuccess: setHeld,
    onError: (e) => setProblem(errorMessage(e)),
  });
  const save = useMutation({
    mutationFn: (mode: 'file' | 'server') => call('database.setConnection', mode === 'file' ? { mode } : { mode, ...login() }),
    onSuccess: (s) => qc.setQueryData(['database.status'], s),
    onError: (e) => setProblem(errorMessage(e)),
  });
  const transfer = useMutation({
    mutationFn: async ({ replace }: { replace: boolean }) =>
      status.data?.current.mode === 'server' ? call('database.exportToFile', { path: exportPath, replace }) : call('database.moveToServer', { ...login(), replace }),
    onMutate: () => {
      setProblem(null);
      setResult(null);
      setProgress(null);
    },
    onSuccess: setResult,
    onError: (e, vars) => {
      if (e instanceof ApiClientError && e.apiError.code === 'CONFLICT' && !vars.replace) {
        modals.openConfirmModal({
          title: t('database.replaceTitle'),
          children: (
            <Stack gap="xs">
              <Text size="sm">{errorMessage(e)}</Text>
              <Text size="sm">{t('database.replaceConfirm')}</Text>
            </Stack>
          ),
          labels: { confirm: t('database.replace'), cancel: t('common.cancel') },
          confirmProps: { color: 'red' },
          onConfirm: () => transfer.mutate({ replace: true }),
          onCancel: () => setProblem(errorMessage(e)),
        });
        return;
      }
      setProblem(errorMessage(e));
    },
  });

  const s = status.data;
  if (!s) return null;
  const onServer = s.current.mode === 'server';
  const set = (k: keyof ServerSettings) => (v: string | number | null) => setForm((f) => ({ ...f, [k]: v ?? '' }));
  return (
    <section aria-labelledby="database-title">
      <Text fw={600} id="database-title" component="h2" size="md" mb={4}>
        {t('database.title')}
      </Text>
      <Stack gap="xs">
        <Text size="sm">
          {t('database.current')}: <b>{onServer ? t('database.modeServer') : t('database.modeFile')}</b>
        </Text>
        {s.current.mode === 'file' ? (
          <Text size="sm" ff="monospace">
            {s.current.file}
          </Text>
        ) : (
          <Text size="sm" ff="monospace">
            {`${s.current.server.user}@${s.current.server.host}:${s.current.server.port}/${s.current.server.database} · TLS: ${s.current.server.tls}`}
          </Text>
        )}
        {s.restartNeeded && (
          <Alert color="yellow" p="xs">
            {t('database.restartNeeded')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput label={t('database.host')} value={form.host} onChange={(e) => set('host')(e.currentTarget.value)} />
          <NumberInput label={t('database.port')} value={form.port} min={1} max={65535} onChange={(v) => set('port')(Number(v) || 5432)} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('database.name')} value={form.database} onChange={(e) => set('database')(e.currentTarget.value)} />
          <TextInput label={t('database.user')} value={form.user} onChange={(e) => set('user')(e.currentTarget.value)} />
        </Group>
        <Group grow align="flex-start">
          <PasswordInput
            label={t('database.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            description={s.passwordKeeping === 'safeStorage' ? t('database.passwordSafe') : t('database.passwordEnv')}
          />
          <Select
            label={t('database.tls')}
            value={form.tls}
            allowDeselect={false}
            onChange={(v) => set('tls')(v)}
            data={[
              { value: 'disable', label: t('database.tlsDisable') },
              { value: 'require', label: t('database.tlsRequire') },
              { value: 'verify-full', label: t('database.tlsVerify') },
            ]}
          />
        </Group>
        <Group>
          <Button size="xs" variant="default" loading={test.isPending} onClick={() => test.mutate()}>
            {t('database.test')}
          </Button>
          <Button size="xs" variant="default" loading={save.isPending} onClick={() => save.mutate('server')}>
            {t('database.useServer')}
          </Button>
          {s.configured.mode === 'server' && (
            <Button size="xs" variant="subtle" onClick={() => save.mutate('file')}>
              {t('database.useFile')}
            </Button>
          )}
        </Group>
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
        {held && (
          <div role="status">
            <Text size="sm">{t('database.serverVersion', { version: held.version })}</Text>
            <Text size="sm">{held.empty ? t('database.empty') : t('database.holds', { count: held.tables.length, schema: held.schemaVersion })}</Text>
            {!held.empty && (
              <Text size="xs" c="dimmed">
                {held.tables.map((x) => `${x.table}: ${integer(x.rows)}`).join(' · ')}
              </Text>
            )}
          </div>
        )}
        <Text size="sm" c="dimmed">
          {onServer ? t('database.exportHelp') : t('database.moveHelp')}
        </Text>
        {onServer && <TextInput label={t('database.exportPath')} value={exportPath} onChange={(e) => setExportPath(e.currentTarget.value)} />}
        <Group>
          <Button size="xs" loading={transfer.isPending} onClick={() => transfer.mutate({ replace: false })}>
            {onServer ? t('database.exportToFile') : t('database.moveToServer')}
          </Button>
        </Group>
        {transfer.isPending && progress && (
          <div role="status" aria-live="polite">
            <Text size="sm">
              {progress.phase === 'copy' ? t('database.progressCopy', { table: progress.table, done: progress.done, of: progress.of }) : t('database.progressVerify')}
            </Text>
            <Progress value={progress.of ? (100 * progress.done) / progress.of : 0} aria-label={t('database.moveToServer')} />
          </div>
        )}
        {result && (
          <div>
            <Alert color={result.allSame ? 'teal' : 'red'} role="status" p="xs" mb="xs">
              {t('database.verified', { count: result.tables.length })}
            </Alert>
            <Table aria-label={t('database.checks')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('database.table')}</Table.Th>
                  <Table.Th>{t('database.rows')}</Table.Th>
                  <Table.Th>{t('database.checks')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.tables
                  .filter((x) => x.rows > 0)
                  .map((x) => (
                    <Table.Tr key={x.table}>
                      <Table.Td>{x.table}</Table.Td>
                      <Table.Td>{integer(x.rows)}</Table.Td>
                      <Table.Td>
                        {x.same ? t('database.same') : t('database.differs')} <Text span size="xs" ff="monospace">{x.targetChecksum.slice(0, 12)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </section>
  );
}

/** The backups section on a server: the app makes none; the server's own backup applies. */
export function ServerBackupNote() {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600}>{t('database.serverBackups')}</Text>
      <Text size="sm">{t('database.serverBackupsHelp')}</Text>
    </div>
  );
}
