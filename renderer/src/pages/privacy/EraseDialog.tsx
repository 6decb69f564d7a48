import { Alert, Button, Group, List, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureReasons, type ErasurePlan, type ErasureReason } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';

const sum = (plans: ErasurePlan[], key: Exclude<keyof ErasurePlan, 'personId'>) => plans.reduce((n, p) => n + p[key], 0);

/**
 * Shows what erasing does (counted by main with the same code that erases), asks for the legal
 * reason, then erases. One person from their page, or several from the retention proposals.
 */
export function EraseDialog({ ids, title, defaultReason, onClose, onErased }: { ids: number[]; title: string; defaultReason: ErasureReason; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState<ErasureReason>(defaultReason);
  const [busy, setBusy] = useState(false);
  const plans = useQuery({ queryKey: ['erasure.preview', ids], queryFn: () => Promise.all(ids.map((id) => call('erasure.preview', { id }))), gcTime: 0 });
  const erase = async () => {
    setBusy(true);
    try {
      if (reason === 'retention_expired') await call('retention.erase', { ids });
      else for (const id of ids) await call('people.erase', { id, reason });
      onErased();
      void qc.invalidateQueries();
      notifySaved(ids.length === 1 ? t('privacy.erased') : t('privacy.erasedMany', { count: ids.length }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const p = plans.data ?? [];
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack>
        <Alert color="red" variant="light">
          {t('privacy.eraseIntro')}
        </Alert>
        {!plans.data ? (
          <Loader size="sm" />
        ) : (
          <>
            <div>
              <Text fw={600} size="sm">
                {t('privacy.willDelete')}
              </Text>
              <List size="sm">
                <List.Item>{t('privacy.counts.involvements', { count: sum(p, 'involvements') })}</List.Item>
                <List.Item>{t('privacy.counts.memberships', { count: sum(p, 'memberships') })}</List.Item>
                <List.Item>{t('privacy.counts.invitations', { count: sum(p, 'invitations') })}</List.Item>
                <List.Item>{t('privacy.counts.other', { count: sum(p, 'other') })}</List.Item>
                <List.Item>{t('privacy.counts.links', { count: sum(p, 'links') })}</List.Item>
              </List>
            </div>
            <div>
              <Text fw={600} size="sm">
                {t('privacy.willReplace')}
              </Text>
              <List size="sm">
                <List.Item>{t('privacy.counts.kept', { count: sum(p, 'keptDocumentReferences') })}</List.Item>
                <List.Item>{t('privacy.counts.otherTexts', { count: sum(p, 'otherTextReferences') })}</List.Item>
              </List>
            </div>
          </>
        )}
        <Radio.Group label={t('privacy.reason')} value={reason} onChange={(v) => setReason(v as ErasureReason)}>
          <Stack gap={6} mt={6}>
            {erasureReasons.map((r) => (
              <Radio key={r} value={r} label={t(`privacy.reasons.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={erase} loading={busy} disabled={!plans.data}>
            {t('privacy.confirmErase')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
