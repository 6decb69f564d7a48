import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconRefresh } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../preload/contract';
import { ApiClientError } from '../api/client';
import { dateTime } from '../format';
import { ownChanges, putBack, shown } from './staleMerge';

/** A save refused because a colleague saved the object first (issue 16). */
export function staleOf(err: unknown): { message: string } | null {
  return err instanceof ApiClientError && err.apiError.code === 'CONFLICT' && err.apiError.stale ? { message: err.apiError.message } : null;
}

/** What the user typed, field by field, kept when the form reloads a colleague's version. */
export type Typed = { label: string; value: string; alsoTheirs?: boolean }[];

export interface StaleFormOptions<V> {
  /** The version of the object the form opened on (undefined for a new object). */
  version: number | undefined;
  /** What the fields hold now, and how to set them. */
  values: V;
  setValues: (v: V) => void;
  /** Reads the object as it is now; null when it has been deleted. */
  fetch: () => Promise<{ version: number; values: V } | null>;
  /** The fields to show beside the reloaded ones (path → label); others are still put back by "Indsæt mine ændringer". */
  labels: Record<string, string>;
}

/**
 * The one conflict offer of every edit form (issue 16). The save sends `version`; a refusal from main
 * (`refused(err)`) shows who changed it and when, and keeps what was typed in the fields. "Genindlæs"
 * puts the colleague's version in the fields and shows what the user typed beside it; "Indsæt mine
 * ændringer" then puts back only the fields the user changed (a three-way merge on the form's base, so
 * the colleague's other changes stay), and nothing is saved until Gem — on the colleague's version, so
 * a third save in between is refused again. A save never overwrites blindly.
 */
export function useStaleForm<V>(o: StaleFormOptions<V>) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(o.version);
  const base = useRef<V>(o.values);
  const [message, setMessage] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const [kept, setKept] = useState<{ typed: V; changes: ReturnType<typeof ownChanges<V>> } | null>(null);
  const latest = useRef(o);
  latest.current = o;

  const reload = async () => {
    const { values: typed, setValues, fetch } = latest.current;
    const fresh = await fetch();
    if (!fresh) {
      setMessage(null);
      setGone(true);
      return;
    }
    const changes = ownChanges(base.current, typed, fresh.values);
    base.current = fresh.values;
    setValues(fresh.values);
    setVersion(fresh.version);
    setMessage(null);
    setKept({ typed, changes });
  };

  const useMine = () => {
    if (!kept) return;
    latest.current.setValues(putBack(latest.current.values, kept.changes));
    setKept(null);
  };

  const typed: Typed = kept
    ? kept.changes.filter((c) => o.labels[c.path] && shown(c.value).trim() !== '').map((c) => ({ label: o.labels[c.path]!, value: shown(c.value), alsoTheirs: c.alsoTheirs }))
    : [];

  return {
    /** Send this with the save. */
    version,
    /** True while a refusal is shown (an autosave waits). */
    stale: !!message || gone,
    /** Anything to show (a refusal, or what was typed after a reload): for a popover on an inline field. */
    open: !!message || gone || !!kept,
    /** Takes a save's error: true when it was a stale save and is now shown in the form. */
    refused(err: unknown): boolean {
      const s = staleOf(err);
      if (s) setMessage(s.message);
      return !!s;
    },
    /** After the form's own save (a form that stays open) or when it opens again on the object as it is now. */
    rebase(v: number | undefined, values: V = latest.current.values) {
      setVersion(v);
      base.current = values;
      setMessage(null);
      setGone(false);
      setKept(null);
    },
    alert: (
      <StaleSaveAlert
        message={gone ? t('versions.gone') : message}
        typed={kept ? typed : null}
        onReload={gone ? undefined : reload}
        onUseMine={kept && kept.changes.length > 0 ? useMine : undefined}
      />
    ) as ReactNode,
  };
}

/**
 * Shown in the form: the message (who changed it, when) and "Genindlæs"; after reloading, what the user
 * had typed, to copy back, and "Indsæt mine ændringer".
 */
export function StaleSaveAlert({ message, typed, onReload, onUseMine }: { message: string | null; typed: Typed | null; onReload?: () => Promise<void> | void; onUseMine?: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (!message && !typed) return null;
  return (
    <Alert color={message ? 'orange' : 'blue'} title={message ? t('versions.conflictTitle') : undefined} role={message ? 'alert' : 'status'}>
      <Stack gap="xs">
        {message && <Text size="sm">{message}</Text>}
        {message && onReload && (
          <>
            <Text size="xs" c="dimmed">
              {t('versions.keepHint')}
            </Text>
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
          </>
        )}
        {!message && typed && (
          <>
            <Text size="sm">{t('versions.reloaded')}</Text>
            {typed.map((k) => (
              <Textarea
                key={k.label}
                label={`${t('versions.yourText')}: ${k.label}`}
                description={k.alsoTheirs ? t('versions.bothChanged') : undefined}
                value={k.value}
                readOnly
                autosize
                minRows={1}
                maxRows={6}
              />
            ))}
            {onUseMine && (
              <Group gap="xs">
                <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onUseMine}>
                  {t('versions.useMine')}
                </Button>
                <Text size="xs" c="dimmed" style={{ flex: 1 }}>
                  {t('versions.useMineHint')}
                </Text>
              </Group>
            )}
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
