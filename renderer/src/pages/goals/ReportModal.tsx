import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportPeriod } from '../../../../preload/contract';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { notifyError } from '../../components/notify';
import { localToday } from '../initiatives/dates';
import { DateField } from '../../components/DateField';

export function ReportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'year' | 'period'>('year');
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [from, setFrom] = useState(`${new Date().getFullYear()}-01-01`);
  const [to, setTo] = useState(localToday());
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const period = mode === 'year' ? { fromDate: `${year}-01-01`, toDate: `${year}-12-31` } : { fromDate: from, toDate: to };
  const valid = reportPeriod.safeParse(period);
  const error = valid.success ? null : valid.error.issues[0]?.message;

  const download = async (kind: 'xlsx' | 'pdf') => {
    setBusy(kind);
    try {
      const file = await call(kind === 'xlsx' ? 'statusReport.xlsx' : 'statusReport.pdf', period);
      if (deliverFile(file).downloaded) notifications.show({ color: 'teal', message: t('goals.reportDownloaded') });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('goals.reportTitle')}>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'year' | 'period')}
          data={[
            { value: 'year', label: t('goals.reportWholeYear') },
            { value: 'period', label: t('goals.reportCustom') },
          ]}
        />
        {mode === 'year' ? (
          <NumberInput label={t('goals.reportYear')} value={year} onChange={setYear} min={1990} max={2100} allowDecimal={false} data-autofocus />
        ) : (
          <Group grow>
            <DateField label={t('goals.reportFrom')} value={from} onChange={setFrom} />
            <DateField label={t('goals.reportTo')} value={to} onChange={setTo} />
          </Group>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button leftSection={<IconFileSpreadsheet size={16} />} disabled={!!error} loading={busy === 'xlsx'} onClick={() => download('xlsx')}>
            {t('goals.downloadXlsx')}
          </Button>
          <Button leftSection={<IconFileTypePdf size={16} />} variant="light" disabled={!!error} loading={busy === 'pdf'} onClick={() => download('pdf')}>
            {t('goals.downloadPdf')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
