import { Alert, Badge, Button, FileInput, Group, Modal, Radio, ScrollArea, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, type ImportEncoding, type ImportPreview, type ImportSeparator, type ImportTarget } from '../../../../preload/contract';
import { importIssueText } from '../../../../preload/texts/importIssue';
import { call } from '../../api/client';
import { fileToBase64 } from '../../components/files';
import { errorMessage } from '../../components/notify';

type Encoding = ImportEncoding;
type Separator = ImportSeparator;
const encodingLabel: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', xlsx: 'Excel (.xlsx)' };

/** File → column mapping → preview with per-row errors → confirm. Nothing is written before "Importér". */
export function ImportWizard({ onClose, initialTarget }: { onClose: () => void; initialTarget: ImportTarget }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const qc = useQueryClient();
  const [target, setTarget] = useState<ImportTarget>(initialTarget);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [separator, setSeparator] = useState<Separator>('auto');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<'validRows' | 'allOrNothing'>('validRows');
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const request = (f = file, mapping = preview?.target === target ? preview.mapping : undefined, enc = encoding, sep = separator, tgt = target) =>
    f ? { fileName: f.name, base64: f.base64, target: tgt, encoding: enc, separator: sep, mapping } : null;

  const refresh = async (req: ReturnType<typeof request>) => {
    if (!req) return;
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('actors.importPreview', req));
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (f: File | null) => {
    if (!f) return;
    const next = { name: f.name, base64: await fileToBase64(f) };
    setFile(next);
    await refresh(request(next, undefined));
  };

  const commit = async () => {
    const req = request();
    if (!req) return;
    setBusy(true);
    try {
      const r = await call('actors.importCommit', { ...req, mode });
      await qc.invalidateQueries();
      notifications.show({ color: 'teal', message: t('import.done', { created: r.created }) });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  // Closing (or cancelling) while the file is still being read stops the work in the main process.
  const stop = () => void call('actors.importCancel', {}).catch(() => undefined);
  const close = () => {
    if (busy) stop();
    onClose();
  };

  const fields = importFields[target];
  const columnOptions = [{ value: '', label: t('import.notImported') }, ...(preview?.columns ?? []).map((c, i) => ({ value: String(i), label: c || `#${i + 1}` }))];
  const rows = (preview?.rows ?? []).filter((r) => !errorsOnly || r.errors.length > 0);
  const fieldLabel = (f: string) => t(`fields.${f}`);

  return (
    <Modal opened onClose={close} title={t('import.title')} size="90%">
      <Stack>
        <Group align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('import.target')}
            </Text>
            <SegmentedControl
              value={target}
              onChange={(v) => {
                setTarget(v as ImportTarget);
                void refresh(request(file, undefined, encoding, separator, v as ImportTarget));
              }}
              data={[
                { value: 'organisations', label: t('actors.organisations') },
                { value: 'people', label: t('actors.people') },
              ]}
            />
          </div>
          <FileInput label={t('import.file')} placeholder={t('import.pick')} accept=".xlsx,.csv,.txt" onChange={pick} w={300} clearable={false} />
          <Select label={t('import.encoding')} w={160} value={encoding} allowDeselect={false}
            data={[{ value: 'auto', label: t('import.auto') }, ...(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const).map((v) => ({ value: v, label: encodingLabel[v]! }))]}
            onChange={(v) => { setEncoding(v as Encoding); void refresh(request(file, preview?.mapping, v as Encoding)); }} />
          <Select label={t('import.separator')} w={140} value={separator} allowDeselect={false}
            data={[{ value: 'auto', label: t('import.auto') }, { value: ';', label: t('import.semicolon') }, { value: ',', label: t('import.comma') }, { value: '\t', label: t('import.tab') }]}
            onChange={(v) => { setSeparator(v as Separator); void refresh(request(file, preview?.mapping, encoding, v as Separator)); }} />
        </Group>
        {busy && !preview && (
          <Group>
            <Text size="sm" role="status">{t('import.reading')}</Text>
            <Button size="xs" variant="default" onClick={stop}>{t('common.cancel')}</Button>
          </Group>
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {preview && (
          <>
            <Text fw={600}>{t('import.mapping')}</Text>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              {fields.map((f) => (
                <Select
                  key={f}
                  size="xs"
                  label={fieldLabel(f)}
                  data={columnOptions}
                  value={preview.mapping[f] === null || preview.mapping[f] === undefined ? '' : String(preview.mapping[f])}
                  onChange={(v) => void refresh(request(file, { ...preview.mapping, [f]: v === '' || v === null ? null : Number(v) }))}
                  allowDeselect={false}
                />
              ))}
            </SimpleGrid>
            <Group justify="space-between">
              <Text size="sm" role="status">
                {t('import.summary', { valid: preview.validCount, errors: preview.errorCount, total: preview.totalRows })} ·{' '}
                {t('import.encodingFound', { encoding: encodingLabel[preview.encoding] ?? preview.encoding })}
                {preview.separator ? ` · ${t('import.separatorFound', { separator: preview.separator === '\t' ? t('import.tab') : `“${preview.separator}”` })}` : ''}
              </Text>
              <Switch label={t('import.errorsOnly')} checked={errorsOnly} onChange={(e) => setErrorsOnly(e.currentTarget.checked)} />
            </Group>
            <ScrollArea h={320}>
              <Table striped stickyHeader aria-label={t('import.preview')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.row')}</Table.Th>
                    {fields.map((f) => <Table.Th key={f}>{fieldLabel(f)}</Table.Th>)}
                    <Table.Th>{t('import.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.rowNumber} bg={r.errors.length ? 'red.0' : undefined}>
                      <Table.Td>{r.rowNumber}</Table.Td>
                      {fields.map((f) => <Table.Td key={f}>{r.values[f]}</Table.Td>)}
                      <Table.Td>
                        {r.errors.length ? (
                          <Text size="xs" c="red">{r.errors.map((e) => importIssueText(e, lang)).join('; ')}</Text>
                        ) : (
                          <Badge color="teal" size="sm">{t('import.ok')}</Badge>
                        )}
                        {r.notes.length > 0 && <Text size="xs" c="dimmed">{r.notes.map((n) => importIssueText(n, lang)).join('; ')}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Radio.Group value={mode} onChange={(v) => setMode(v as typeof mode)}>
              <Group>
                <Radio value="validRows" label={t('import.modeValid', { count: preview.validCount })} />
                <Radio value="allOrNothing" label={t('import.modeAll')} />
              </Group>
            </Radio.Group>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">{t('import.nothingWritten')}</Text>
              <Group>
                <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
                <Button onClick={commit} loading={busy} disabled={preview.validCount === 0 || (mode === 'allOrNothing' && preview.errorCount > 0)}>
                  {t('import.commit')}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
