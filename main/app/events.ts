import { eventChannels, type EventName, type EventPayload } from '../../preload/contract';

export type AnyEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export type EventSink = (event: AnyEvent) => void;

/** Events main pushes to whoever shows the app: the Electron window (IPC) or the browser host's Server-Sent Events. */
export interface EventHub {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(name, payload) {
      // The contract's schema holds on the way out too: a bad payload is a bug here, not the renderer's problem.
      const parsed = eventChannels[name].parse(payload);
      for (const s of sinks) s({ name, payload: parsed } as AnyEvent);
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
  };
}
