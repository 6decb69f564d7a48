import { ActionIcon, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole, MembershipView } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { longDate } from '../../format';
import { roleOptions } from './options';
import { DateField } from '../../components/DateField';

/** Memberships of one person or organisation: list, add, remove with undo. */
export function MembershipsPanel({ owner, memberships }: { owner: { personId: number } | { organisationId: number }; memberships: MembershipView[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bodies = useQuery({ queryKey: ['bodies.options'], queryFn: () => call('bodies.options', {}) });
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [role, setRole] = useState<MembershipRole>('member');
  const [fromDate, setFromDate] = useState('');

  const add = async (input: { bodyId: number; role: MembershipRole; fromDate: string | null; toDate: string | null }) => {
    await call('memberships.add', { ...input, personId: null, organisationId: null, ...owner });
    await qc.invalidateQueries();
  };

  const remove = async (m: MembershipView) => {
    try {
      await call('memberships.remove', { id: m.id });
      await qc.invalidateQueries();
      notifications.show({
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('actors.memberRemoved')}</Text>
            <Button size="compact-sm" variant="light" onClick={() => add({ bodyId: m.bodyId, role: m.role, fromDate: m.fromDate, toDate: m.toDate }).catch(notifyError)}>
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="xs">
      {memberships.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actors.noMemberships')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {memberships.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.bodyName}</Table.Td>
                {/* As narrow as the role, and never narrower: "Medlem", "Formand" whole at 1280 px. */}
                <Table.Td style={{ width: 1, whiteSpace: 'nowrap' }}>
                  <Badge variant="outline" size="sm" style={{ minWidth: 'max-content' }}>
                    {t(`role.${m.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>{m.fromDate ? `${longDate(m.fromDate)} –${m.toDate ? ` ${longDate(m.toDate)}` : ''}` : ''}</Table.Td>
                <Table.Td w={40}>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('common.delete')} ${m.bodyName}`} onClick={() => remove(m)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" align="flex-end">
        <Select size="xs" label={t('fields.body')} data={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: b.name }))} value={bodyId} onChange={setBodyId} w={180} />
        <Select size="xs" label={t('fields.role')} data={roleOptions(t)} value={role} onChange={(v) => setRole((v as MembershipRole) ?? 'member')} allowDeselect={false} w={120} />
        <DateField size="xs" label={t('fields.fromDate')} value={fromDate} onChange={setFromDate} w={140} />
        <Button
          size="xs"
          disabled={!bodyId}
          onClick={() =>
            add({ bodyId: Number(bodyId), role, fromDate: fromDate || null, toDate: null })
              .then(() => setBodyId(null))
              .catch(notifyError)
          }
        >
          {t('actors.addMember')}
        </Button>
      </Group>
    </Stack>
  );
}
