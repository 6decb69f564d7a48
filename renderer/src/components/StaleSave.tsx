import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../preload/contract';
import { ApiClientError } from '../api/client';
import { dateTime } from '../format';

/** A save refused because a colleague saved the object first (issue 16). */
export function staleOf(err: unknown): { message: string } | null {
  return err instanceof ApiClientError && err.apiError.code === 'CONFLICT' && err.apiError.stale ? { message: err.apiError.message } : null;
}

/** What the user typed, field by field, kept when the form reloads a colleague's version. */
export type Typed = { label: string; value: string }[];

/**
 * The state a form needs for stale saves: the version it is based on, the refusal, and what the user
 * typed once they reload. `refused(err)` is true when it handled the error.
 */
export function useStaleSave(version: number | undefined) {
  const [base, setBase] = useState(version);
  const [message, setMessage] = useState<string | null>(null);
  const [typed, setTyped] = useState<Typed | null>(null);
  return {
    version: base,
    message,
    typed,
    refused(err: unknown): boolean {
      const stale = staleOf(err);
      if (stale) setMessage(stale.message);
      return !!stale;
    },
    /** A form opened again on the object as it is now. */
    rebase(v: number | undefined) {
      setBase(v);
      setMessage(null);
      setTyped(null);
    },
    /** After a reload: the form holds the colleague's version; what the user typed is shown beside it. */
    reloaded(fresh: number, kept: Typed) {
      setBase(fresh);
      setMessage(null);
      setTyped(kept.filter((k) => k.value.trim() !== ''));
    },
  };
}

/** Shown in the form: the message (who changed it, when) and "Genindlæs"; after reloading, what the user had typed, to copy back. */
export function StaleSaveAlert({ message, typed, onReload }: { message: string | null; typed: Typed | null; onReload: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (!message && !typed?.length) return null;
  return (
    <Alert color={message ? 'orange' : 'blue'} title={message ? t('versions.conflictTitle') : undefined} role={message ? 'alert' : 'status'}>
      <Stack gap="xs">
        {message && <Text size="sm">{message}</Text>}
        {message && (
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              loading={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onReload();
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('versions.reload')}
            </Button>
          </Group>
        )}
        {!message && typed && typed.length > 0 && (
          <>
            <Text size="sm">{t('versions.reloaded')}</Text>
            {typed.map((k) => (
              <Textarea key={k.label} label={`${t('versions.yourText')}: ${k.label}`} value={k.value} readOnly autosize minRows={1} maxRows={6} />
            ))}
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** "Senest ændret af Mette Frølund, 12. maj 2026 10:42" on an object's detail. */
export function LastChanged({ info }: { info: Pick<VersionInfo, 'updatedBy' | 'updatedAt'> }) {
  const { t } = useTranslation();
  if (!info.updatedAt) return null;
  const when = dateTime(info.updatedAt);
  return (
    <Text size="xs" c="dimmed" data-testid="last-changed">
      {info.updatedBy ? t('versions.lastChanged', { who: info.updatedBy, when }) : t('versions.lastChangedAt', { when })}
    </Text>
  );
}

/** The fields whose typed value differs from the reloaded object's, labelled, for StaleSaveAlert. */
export function typedChanges<V extends Record<string, unknown>>(typed: V, fresh: V, labels: Partial<Record<keyof V, string>>): Typed {
  const out: Typed = [];
  for (const [key, label] of Object.entries(labels) as [keyof V, string][]) {
    const a = typed[key];
    if (String(a ?? '') !== String(fresh[key] ?? '')) out.push({ label, value: String(a ?? '') });
  }
  return out;
}
