import { AppShell, Group, NavLink, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconCalendarEvent,
  IconChartLine,
  IconFileText,
  IconHome,
  IconRoute,
  IconSettings,
  IconTarget,
  IconTimeline,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRefresh } from './api/useLiveRefresh';
import { DamageBanner } from './components/DamageBanner';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { SearchSpotlight } from './pages/search/SearchSpotlight';
import { pages } from './routes';
import { navigate, useRoute } from './router';

/** Pages reached from Indstillinger keep it highlighted in the nav. */
const settingsAreas = ['settings', 'privacy'];

const areas = [
  { key: 'overview', icon: IconHome },
  { key: 'actors', icon: IconAddressBook },
  { key: 'meetings', icon: IconCalendarEvent },
  { key: 'initiatives', icon: IconRoute },
  { key: 'goals', icon: IconTarget },
  { key: 'memos', icon: IconFileText },
  { key: 'planning', icon: IconTimeline },
] as const;

/** Focuses the page's h1 once it has rendered (pages load their data first). */
function focusPageTitle() {
  let tries = 0;
  const tick = () => {
    const h1 = document.querySelector<HTMLElement>('main [data-page-title]');
    if (h1) h1.focus();
    else if (tries++ < 40) window.setTimeout(tick, 25);
  };
  tick();
}

/** After a change of page or of the object shown, focus goes to the new h1; a change of tab keeps it on the tab. */
function useFocusOnNavigation(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusPageTitle();
  }, [key]);
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  useFocusOnNavigation(`${route.area}/${route.id ?? ''}`);
  useLiveRefresh();
  const page = pages[route.area]?.(route) ?? <ComingSoonPage area={t(`nav.${route.area}`, { defaultValue: route.area })} />;

  return (
    <AppShell navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          focusPageTitle();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Navbar p="sm" aria-label={t('app.navigation')}>
        <Group gap={8} mb="md" px={6}>
          <IconChartLine size={22} color="var(--mantine-color-blue-7)" />
          <Stack gap={0}>
            <Text fw={600} size="lg">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {t('app.tagline')}
            </Text>
          </Stack>
        </Group>
        <SearchSpotlight />
        <div>
          {areas.map(({ key, icon: Icon }) => (
            <NavLink
              key={key}
              href={`#/${key}`}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} />}
              active={route.area === key}
              aria-current={route.area === key ? 'page' : undefined}
            />
          ))}
        </div>
        <NavLink
          mt="auto"
          href="#/settings"
          label={t('nav.settings')}
          leftSection={<IconSettings size={18} />}
          active={settingsAreas.includes(route.area)}
          aria-current={settingsAreas.includes(route.area) ? 'page' : undefined}
          onClick={() => navigate('settings')}
        />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main-content">
        <DamageBanner />
        {page}
      </AppShell.Main>
    </AppShell>
  );
}
