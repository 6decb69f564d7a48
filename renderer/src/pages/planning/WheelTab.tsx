import { Badge, Button, Grid, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WheelEntry } from '../../../../preload/contract';
import { longDate } from '../../format';
import { categoryKey, entryColor } from './entryColor';
import { WheelSvg } from './WheelSvg';

const openEntry = (e: WheelEntry) => (window.location.hash = `#/${e.route}`);

function Dot({ e, top = 0 }: { e: WheelEntry; top?: number }) {
  return <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: entryColor(e), flexShrink: 0, marginTop: top }} />;
}

/** The wheel with a details panel (hover, focus or click) and the year's entries by month beside it. */
export function WheelTab({ year, entries }: { year: number; entries: WheelEntry[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const sel = entries.find((e) => e.key === selected) ?? null;
  const byMonth = new Map<number, WheelEntry[]>();
  for (const e of entries) {
    const m = e.date < `${year}-01-01` ? 0 : Number(e.date.slice(5, 7)) - 1;
    byMonth.set(m, [...(byMonth.get(m) ?? []), e]);
  }
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder p="md">
          <WheelSvg year={year} entries={entries} selected={selected} onSelect={setSelected} onOpen={openEntry} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack>
          <Paper withBorder p="md" aria-live="polite" mih={120}>
            {sel ? (
              <Stack gap={4}>
                <Group gap="xs">
                  <Dot e={sel} />
                  <Text size="xs" c="dimmed">
                    {t(categoryKey(sel))}
                  </Text>
                </Group>
                <Title order={4}>{sel.title}</Title>
                <Text size="sm">
                  {longDate(sel.date)}
                  {sel.endDate ? ` – ${longDate(sel.endDate)}` : ''}
                </Text>
                {sel.detail && (
                  <Text size="sm" c="dimmed">
                    {sel.detail}
                  </Text>
                )}
                <Button size="xs" variant="light" w="fit-content" onClick={() => openEntry(sel)}>
                  {t('planning.open')}
                </Button>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('planning.selectEntry')}
              </Text>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="xs">
              {[...byMonth.entries()].map(([m, list]) => (
                <div key={m}>
                  <Text size="sm" fw={700} c="blue.9" tt="capitalize">
                    {new Date(Date.UTC(year, m, 1)).toLocaleString(t('planning.locale', { defaultValue: 'da-DK' }), { month: 'long', timeZone: 'UTC' })}
                  </Text>
                  {list.map((e) => (
                    <UnstyledButton key={e.key} onClick={() => setSelected(e.key)} onDoubleClick={() => openEntry(e)} display="block" w="100%">
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Dot e={e} top={6} />
                        <Text size="sm" fw={selected === e.key ? 700 : 400} style={{ flex: 1, minWidth: 0, overflowWrap: 'break-word' }}>
                          {e.title}
                        </Text>
                        <Badge size="xs" variant="default" style={{ flexShrink: 0 }}>
                          {longDate(e.date)}
                        </Badge>
                      </Group>
                    </UnstyledButton>
                  ))}
                </div>
              ))}
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
