import { Button, Group, Stack, Tabs } from '@mantine/core';
import { IconCalendarPlus, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router';
import { ActionItemsTab } from './ActionItemsTab';
import { MeetingDetail } from './MeetingDetail';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { SeriesForm } from './SeriesForm';
import { TypeDefaultsTab } from './TypeDefaultsTab';
import { PageTitle } from '../../components/PageTitle';

const tabs = ['list', 'actions', 'types'] as const;

export function MeetingsPage({ tab: routeTab, id }: { tab?: string; id?: number }) {
  const { t } = useTranslation();
  const tab = tabs.find((x) => x === routeTab) ?? 'list';
  const [creating, setCreating] = useState<'meeting' | 'series' | null>(null);
  if (tab === 'list' && id) return <MeetingDetail id={id} />;
  const newButton = (
    <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setCreating('meeting')}>
      {t('meetings.new')}
    </Button>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('meetings.title')}</PageTitle>
        <Group>
          <Button variant="default" leftSection={<IconRepeat size={16} />} onClick={() => setCreating('series')}>
            {t('meetings.newSeries')}
          </Button>
          {newButton}
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => navigate('meetings', v ?? 'list')}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('meetings.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="actions">{t('meetings.tabs.actions')}</Tabs.Tab>
          <Tabs.Tab value="types">{t('meetings.tabs.settings')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'list' && <MeetingList action={newButton} />}
      {tab === 'actions' && <ActionItemsTab />}
      {tab === 'types' && <TypeDefaultsTab />}
      {creating === 'meeting' && <MeetingForm onClose={() => setCreating(null)} onSaved={(m) => navigate('meetings', 'list', m.id)} />}
      {creating === 'series' && <SeriesForm onClose={() => setCreating(null)} />}
    </Stack>
  );
}
