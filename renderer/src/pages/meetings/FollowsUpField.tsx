import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../preload/contract';
import { call } from '../../api/client';
import { longDate } from '../../format';
import { SearchSelect, usePickLabels } from '../../components/SearchSelect';
import { meetingKey, meetingLabel, meetingSearch } from './shared';

const searchMeetings = meetingSearch('all');

/**
 * "Følger op på": the meeting whose open action items this one takes up. Empty: the series, else the
 * body. Says in words where this meeting's follow-up comes from and where its open items will appear.
 */
export function FollowsUpField({ value, onChange, bodyId, existing }: { value: number | null; onChange: (v: number | null) => void; bodyId: number | null; existing?: Meeting }) {
  const { t } = useTranslation();
  const picked = existing?.followUpFrom.kind === 'picked' ? existing.followUpFrom : null;
  const labels = usePickLabels(picked?.meetingId ? { [picked.meetingId]: meetingLabel(picked) } : {});
  const selected = value === null ? null : String(value);
  // A value set otherwise (a colleague's version reloaded) is named by reading that meeting.
  const unnamed = useQuery({
    queryKey: meetingKey(value ?? 0),
    queryFn: () => call('meetings.get', { id: value! }),
    enabled: value !== null && !labels.labelOf(selected),
  });
  const from = value !== null ? 'picked' : existing?.seriesId ? 'series' : bodyId !== null ? 'body' : 'none';
  const at = existing?.followedUpAt;
  return (
    <div>
      <SearchSelect
        label={t('followUp.label')}
        clearable
        queryKey={['meetings.pick', 'followsUp']}
        search={searchMeetings}
        exclude={(v) => v === String(existing?.id)}
        value={selected}
        selectedLabel={labels.labelOf(selected) ?? (unnamed.data ? meetingLabel(unnamed.data) : null)}
        onChange={(v, label) => {
          labels.remember(v, label);
          onChange(v ? Number(v) : null);
        }}
      />
      <Text size="xs" c={from === 'none' ? 'orange' : 'dimmed'} mt={4}>
        {t(`followUp.from.${from}`)}
        {at && at.kind !== 'none' && at.title && at.date ? ` ${t('followUp.at', { title: at.title, date: longDate(at.date) })}` : existing ? ` ${t('followUp.atNone')}` : ''}
      </Text>
    </div>
  );
}
