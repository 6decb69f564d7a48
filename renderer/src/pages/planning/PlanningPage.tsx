import { ActionIcon, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHEEL_CAP_PER_MONTH, wheelRings } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { deliverFile } from '../../components/files';
import { notifyError } from '../../components/notify';
import { navigate } from '../../router';
import { HeatmapTab } from './HeatmapTab';
import { MilestoneForm } from './MilestoneForm';
import { MilestonesTab } from './MilestonesTab';
import { StakeholderTab } from './StakeholderTab';
import { TimelineTab } from './TimelineTab';
import { OtherLanguage, type DocLanguage } from '../../components/OtherLanguage';
import { WheelTab } from './WheelTab';
import { PageTitle } from '../../components/PageTitle';

const TABS = ['wheel', 'timeline', 'milestones', 'involvement', 'stakeholders'] as const;
type Tab = (typeof TABS)[number];

function EditMilestone({ id, onClose }: { id: number; onClose: () => void }) {
  const q = useQuery({ queryKey: ['milestones.get', id], queryFn: () => call('milestones.get', { id }) });
  return q.data ? <MilestoneForm existing={q.data} defaultDate={q.data.date} onClose={onClose} /> : null;
}

export function PlanningPage({ tab: routeTab, id }: { tab?: string; id?: number }) {
  const { t } = useTranslation();
  const tab: Tab = TABS.find((x) => x === routeTab) ?? 'wheel';
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [creating, setCreating] = useState(false);
  const [printing, setPrinting] = useState(false);
  // Only the wheel and the timeline show it: the other tabs must not wait behind a read of the whole year.
  const wheel = useQuery({ queryKey: ['wheel.get', year], queryFn: () => call('wheel.get', { year }), enabled: tab === 'wheel' || tab === 'timeline' });
  const milestones = useQuery({ queryKey: ['milestones.list', year], queryFn: () => call('milestones.list', { year }), enabled: tab === 'milestones' });
  const entries = wheel.data?.entries ?? [];

  const print = async (language?: DocLanguage) => {
    setPrinting(true);
    try {
      const { downloaded } = deliverFile(await call('wheel.pdf', language ? { year, language } : { year }));
      if (downloaded) notifications.show({ color: 'teal', message: t('planning.printed') });
    } catch (err) {
      notifyError(err);
    } finally {
      setPrinting(false);
    }
  };
  const thisYear = new Date().getFullYear();
  const defaultDate = year === thisYear ? format(new Date(), 'yyyy-MM-dd') : `${year}-01-01`;

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('planning.title')}</PageTitle>
        <Group gap="xs">
          <Group gap={4} role="group" aria-label={t('planning.year')}>
            <ActionIcon variant="default" size="lg" aria-label={t('planning.previousYear')} onClick={() => setYear((y) => y - 1)}>
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Text fw={700} w={56} ta="center" aria-live="polite" data-testid="planning-year">
              {year}
            </Text>
            <ActionIcon variant="default" size="lg" aria-label={t('planning.nextYear')} onClick={() => setYear((y) => y + 1)}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('planning.newMilestone')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void print()} loading={printing}>
            {t('planning.printA3')}
          </Button>
          <OtherLanguage label={t('planning.printA3')} onPick={(language) => void print(language)} />
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate('planning', v)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`planning.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {(tab === 'wheel' || tab === 'timeline') && wheel.data && entries.length === 0 && (
        <EmptyState
          title={t('planning.emptyYear', { year })}
          text={t('planning.emptyYearText')}
          action={<Button onClick={() => setCreating(true)}>{t('planning.newMilestone')}</Button>}
        />
      )}
      {(tab === 'wheel' || tab === 'timeline') &&
        wheelRings.map((ring) => {
          const total = wheel.data?.totals?.[ring] ?? 0;
          const shown = entries.filter((e) => e.ring === ring).length;
          return total > shown ? (
            <Text key={ring} size="sm" c="dimmed" data-testid="wheel-capped">
              {t('planning.wheelCapped', { ring: t(`wheelRing.${ring}`), shown, total, cap: WHEEL_CAP_PER_MONTH })}
            </Text>
          ) : null;
        })}
      {tab === 'wheel' && entries.length > 0 && <WheelTab key={year} year={year} entries={entries} />}
      {tab === 'timeline' && entries.length > 0 && <TimelineTab year={year} entries={entries} />}
      {tab === 'milestones' && milestones.data && <MilestonesTab year={year} milestones={milestones.data} />}
      {tab === 'involvement' && <HeatmapTab year={year} />}
      {tab === 'stakeholders' && <StakeholderTab />}
      {creating && <MilestoneForm defaultDate={defaultDate} onClose={() => setCreating(false)} />}
      {tab === 'milestones' && id && <EditMilestone key={id} id={id} onClose={() => navigate('planning', 'milestones')} />}
    </Stack>
  );
}
