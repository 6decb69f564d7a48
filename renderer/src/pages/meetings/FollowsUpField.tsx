import { Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';

/**
 * "Følger op på": the meeting whose open action items this one takes up. Empty: the series, else the
 * body. Says in words where this meeting's follow-up comes from and where its open items will appear.
 */
export function FollowsUpField({ value, onChange, bodyId, existing }: { value: number | null; onChange: (v: number | null) => void; bodyId: number | null; existing?: Meeting }) {
  const { t } = useTranslation();
  const past = useQuery({ queryKey: ['meetings.list', 'follows-up-options'], queryFn: () => call('meetings.list', { when: 'all', limit: 300 }) });
  const options = (past.data?.items ?? []).filter((m) => m.id !== existing?.id).map((m) => ({ value: String(m.id), label: `${m.title} – ${longDate(m.date)}` }));
  const from = value !== null ? 'picked' : existing?.seriesId ? 'series' : bodyId !== null ? 'body' : 'none';
  const at = existing?.followedUpAt;
  return (
    <div>
      <Select label={t('followUp.label')} clearable searchable data={options} value={value === null ? null : String(value)} onChange={(v) => onChange(v ? Number(v) : null)} />
      <Text size="xs" c={from === 'none' ? 'orange' : 'dimmed'} mt={4}>
        {t(`followUp.from.${from}`)}
        {at && at.kind !== 'none' && at.title && at.date ? ` ${t('followUp.at', { title: at.title, date: longDate(at.date) })}` : existing ? ` ${t('followUp.atNone')}` : ''}
      </Text>
    </div>
  );
}
