import { eventChannels, type EventName, type EventPayload, type SamspilEvents } from '../../../preload/contract';
import { httpToken, transport } from './client';

declare global {
  interface Window {
    samspilEvents?: SamspilEvents;
  }
}

let source: EventSource | null = null;

/** Browser mode: one Server-Sent Events stream from the loopback host for the whole tab (it reconnects by itself). */
function stream(): EventSource {
  source ??= new EventSource(`/events?token=${encodeURIComponent(httpToken())}`);
  return source;
}

/** Listens to one of main's events (contract: preload/contract/events.ts); returns the way to stop. */
export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (transport === 'ipc') return window.samspilEvents?.on(name, listener) ?? (() => undefined);
  if (typeof EventSource === 'undefined') return () => undefined;
  const handler = (e: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    const parsed = eventChannels[name].safeParse(data);
    if (parsed.success) listener(parsed.data as EventPayload<E>);
  };
  const es = stream();
  es.addEventListener(name, handler as EventListener);
  return () => es.removeEventListener(name, handler as EventListener);
}
