import { z } from 'zod';
import { searchIndexStatus } from './search';

/**
 * Events main pushes to the renderer (issue 16): over IPC in Electron (`samspil-event:<name>`), over
 * Server-Sent Events from the loopback host in browser mode. Each payload has a zod schema; the
 * receiving side validates before a listener sees it.
 */
export const auditedAction = z.enum(['create', 'update', 'delete', 'restore']);

/** A command committed on the shared server (this client's or a colleague's): what changed, by channel and subject. */
export const dataChanged = z.object({
  channel: z.string().max(100),
  action: auditedAction,
  /** "noun:id" (e.g. "people:12"), as in the change log; null when the command names no single object. */
  subject: z.string().max(100).nullable(),
});
export type DataChanged = z.infer<typeof dataChanged>;

/** Moving data between a file and a server: one table copied (done of `of`), then the checks. */
export const transferProgress = z.object({
  phase: z.enum(['copy', 'verify']),
  table: z.string().max(100),
  done: z.number().int().min(0),
  of: z.number().int().min(0),
});
export type TransferProgress = z.infer<typeof transferProgress>;

export const eventChannels = {
  'data.changed': dataChanged,
  'transfer.progress': transferProgress,
  /** The background rebuild of the search index: progress, and `rebuilding: false` when it is done. */
  'search.progress': searchIndexStatus,
} as const;

export type EventName = keyof typeof eventChannels;
export type EventPayload<E extends EventName> = z.infer<(typeof eventChannels)[E]>;
export const eventNames = Object.keys(eventChannels) as EventName[];
/** The IPC channel an event travels on in Electron. */
export const ipcEventChannel = (name: EventName) => `samspil-event:${name}`;

/** What the preload exposes as `window.samspilEvents`. */
export interface SamspilEvents {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}
