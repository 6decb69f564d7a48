import { Anchor, Button, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../preload/contract';
import { call } from '../../api/client';
import { dateTime } from '../../format';

const PAGE = 50;

/** "mette slettede organisationen Jobcenter Hvidovre", with a link to the object or to the trash. */
function AuditSentence({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const verb = t(`reliability.auditVerbs.${entry.action}`, { defaultValue: entry.action });
  const o = entry.object;
  if (!o) {
    return (
      <Text size="sm">
        {entry.osUser} {verb}: <Text span ff="monospace" size="sm">{entry.channel}</Text>
      </Text>
    );
  }
  const noun = t(`reliability.auditNouns.${o.noun}`, { defaultValue: o.noun });
  return (
    <Text size="sm">
      {entry.osUser} {verb} {noun}{' '}
      {o.name === null ? (
        t('reliability.auditGone')
      ) : o.route ? (
        <Anchor size="sm" href={`#/${o.route}`}>
          {o.name}
          {o.inTrash ? ` (${t('reliability.auditInTrash')})` : ''}
        </Anchor>
      ) : (
        o.name
      )}
    </Text>
  );
}

/** The append-only change log, newest first. */
export function AuditSection() {
  const { t } = useTranslation();
  const q = useInfiniteQuery({
    queryKey: ['audit.list'],
    queryFn: ({ pageParam }) => call('audit.list', { offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div>
      <Text fw={600}>{t('reliability.auditLog')}</Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('reliability.auditHelp')}
      </Text>
      {q.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reliability.auditEmpty')}
        </Text>
      ) : (
        <Table striped aria-label={t('reliability.auditLog')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reliability.auditWhen')}</Table.Th>
              <Table.Th>{t('reliability.auditUser')}</Table.Th>
              <Table.Th>{t('reliability.auditAction')}</Table.Th>
              <Table.Th>{t('reliability.auditWhat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{dateTime(r.at)}</Table.Td>
                <Table.Td>{r.osUser}</Table.Td>
                <Table.Td>{t(`reliability.auditActions.${r.action}`, { defaultValue: r.action })}</Table.Td>
                <Table.Td>
                  <AuditSentence entry={r} />
                  {r.reason && (
                    <Text size="xs" c="dimmed">
                      {t(`privacy.reasons.${r.reason}`, { defaultValue: r.reason })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {q.hasNextPage && (
        <Button size="xs" variant="subtle" mt={4} onClick={() => q.fetchNextPage()} loading={q.isFetchingNextPage}>
          {t('reliability.auditMore')}
        </Button>
      )}
    </div>
  );
}
