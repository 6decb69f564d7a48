import { Badge, Button, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPlus, IconUpload } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary, PersonSummary } from '../../../../preload/contract';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { deliverFile } from '../../components/files';
import { notifyError } from '../../components/notify';
import { VirtualList } from '../../components/VirtualList';
import { integer } from '../../format';
import { navigate } from '../../router';
import { ActorFilters, emptyFilter, isUnfiltered, type ActorFilterValue } from './ActorFilters';
import { BodiesTab, BodyForm } from './BodiesTab';
import { BodyPage } from './BodyPage';
import { ImportWizard } from './ImportWizard';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationForm } from './OrganisationForm';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';
import { RelationBadge } from './RelationBadge';
import { TrashTab } from './TrashTab';
import { PageTitle } from '../../components/PageTitle';

type Tab = 'organisations' | 'people' | 'bodies' | 'trash';

const renderOrganisation = (o: OrganisationSummary) => <OrganisationRow o={o} />;
const renderPerson = (p: PersonSummary) => <PersonRow p={p} />;
const openOrganisation = (o: OrganisationSummary) => navigate('actors', 'organisations', o.id);
const openPerson = (p: PersonSummary) => navigate('actors', 'people', p.id);

function OrganisationRow({ o }: { o: OrganisationSummary }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate title={o.name}>
          {o.name}
        </Text>
        <Text size="xs" c="dimmed" truncate title={o.bodies.join(', ') || undefined}>
          {t(`organisationKind.${o.kind}`)}
          {o.bodies.length ? ` · ${o.bodies.join(', ')}` : ''}
        </Text>
      </div>
      <RelationBadge relation={o.relation} />
    </Group>
  );
}

function PersonRow({ p }: { p: PersonSummary }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate title={p.name}>
          {p.name}
        </Text>
        <Text size="xs" c="dimmed" truncate title={[p.title, p.organisationName].filter(Boolean).join(', ') || undefined}>
          {[p.title, p.organisationName].filter(Boolean).join(', ')}
        </Text>
      </div>
      <RelationBadge relation={p.relation} />
    </Group>
  );
}

export function ActorsPage({ tab: routeTab, id }: { tab?: string; id?: number }) {
  const { t } = useTranslation();
  const tab: Tab = (['organisations', 'people', 'bodies', 'trash'] as const).find((x) => x === routeTab) ?? 'organisations';
  const [orgFilter, setOrgFilter] = useState<ActorFilterValue>(emptyFilter);
  const [personFilter, setPersonFilter] = useState<ActorFilterValue>(emptyFilter);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const onTotal = useCallback((n: number) => setTotal(n), []);
  const fetchOrganisations = useCallback((offset: number, limit: number) => call('organisations.list', { ...orgFilter, offset, limit }), [orgFilter]);
  const fetchPeople = useCallback(
    (offset: number, limit: number) => call('people.list', { search: personFilter.search, relation: personFilter.relation, bodyId: personFilter.bodyId, offset, limit }),
    [personFilter],
  );

  const exportOverview = async () => {
    setExporting(true);
    try {
      const file = await call('actors.exportOverview', {});
      if (deliverFile(file).downloaded) notifications.show({ color: 'teal', message: t('actors.exportedDownload') });
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  if (tab === 'bodies' && id) return <BodyPage key={id} id={id} />;
  const newLabel = tab === 'people' ? t('actors.newPerson') : tab === 'bodies' ? t('actors.newBody') : t('actors.newOrganisation');
  const listTab = tab === 'organisations' || tab === 'people';
  const filter = tab === 'people' ? personFilter : orgFilter;

  return (
    <Stack h="calc(100vh - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <PageTitle>{t('actors.title')}</PageTitle>
          {listTab && total !== null && (
            <Badge variant="light" aria-live="polite">
              {t('common.results', { count: total, formatted: integer(total) })}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {tab !== 'trash' && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {newLabel}
            </Button>
          )}
          <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
            {t('actors.import')}
          </Button>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={exportOverview} loading={exporting}>
            {t('actors.export')}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate('actors', v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="organisations">{t('actors.organisations')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('actors.people')}</Tabs.Tab>
          <Tabs.Tab value="bodies">{t('actors.bodies')}</Tabs.Tab>
          <Tabs.Tab value="trash">{t('actors.trash')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {listTab && <ActorFilters key={tab} value={filter} onChange={tab === 'people' ? setPersonFilter : setOrgFilter} showKind={tab === 'organisations'} />}
      {listTab && (
        <Grid style={{ flex: 1, minHeight: 0 }} styles={{ inner: { height: '100%' } }}>
          {/* Half the width up to 1408 px: at 1280 px a long organisation name fits beside its relation badge. */}
          <Grid.Col span={{ base: 6, xl: 5 }} h="100%">
            <div style={{ height: '100%', background: 'white', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
              {tab === 'organisations' ? (
                <VirtualList<OrganisationSummary>
                  key="orgs"
                  label={t('actors.organisations')}
                  queryKey={['organisations.list', orgFilter]}
                  fetchPage={fetchOrganisations}
                  renderRow={renderOrganisation}
                  selectedId={id}
                  onSelect={openOrganisation}
                  onTotal={onTotal}
                  empty={<EmptyState title={isUnfiltered(orgFilter) ? t('actors.emptyOrganisations') : t('actors.noMatches')} />}
                />
              ) : (
                <VirtualList<PersonSummary>
                  key="people"
                  label={t('actors.people')}
                  queryKey={['people.list', personFilter]}
                  fetchPage={fetchPeople}
                  renderRow={renderPerson}
                  selectedId={id}
                  onSelect={openPerson}
                  onTotal={onTotal}
                  empty={<EmptyState title={isUnfiltered(personFilter) ? t('actors.emptyPeople') : t('actors.noMatches')} />}
                />
              )}
            </div>
          </Grid.Col>
          <Grid.Col span={{ base: 6, xl: 7 }} h="100%" style={{ overflow: 'auto' }}>
            {id ? (
              tab === 'organisations' ? <OrganisationDetail key={id} id={id} /> : <PersonDetail key={id} id={id} />
            ) : (
              <EmptyState title={t('actors.selectPrompt')} />
            )}
          </Grid.Col>
        </Grid>
      )}
      {tab === 'bodies' && <BodiesTab />}
      {tab === 'trash' && <TrashTab />}
      {creating && tab === 'organisations' && <OrganisationForm opened onClose={() => setCreating(false)} onSaved={(o) => navigate('actors', 'organisations', o.id)} />}
      {creating && tab === 'people' && <PersonForm opened onClose={() => setCreating(false)} onSaved={(p) => navigate('actors', 'people', p.id)} />}
      {creating && tab === 'bodies' && <BodyForm onClose={() => setCreating(false)} />}
      {importing && <ImportWizard onClose={() => setImporting(false)} initialTarget={tab === 'people' ? 'people' : 'organisations'} />}
    </Stack>
  );
}
