import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, eventChannels, ipcChannel, ipcEventChannel, type EventName, type SamspilApi, type SamspilEvents } from './contract';

// One function per channel; the event object and ipcRenderer itself never reach the page.
const api = Object.fromEntries(
  channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as SamspilApi;

contextBridge.exposeInMainWorld('samspil', api satisfies SamspilApi);

// Events from main: only the contract's names, only payloads its schema accepts.
const events: SamspilEvents = {
  on: (name, listener) => {
    if (!Object.prototype.hasOwnProperty.call(eventChannels, name)) throw new Error(`unknown event ${String(name)}`);
    const schema = eventChannels[name as EventName];
    const handler = (_e: unknown, payload: unknown) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) (listener as (p: unknown) => void)(parsed.data);
    };
    ipcRenderer.on(ipcEventChannel(name), handler);
    return () => void ipcRenderer.removeListener(ipcEventChannel(name), handler);
  },
};
contextBridge.exposeInMainWorld('samspilEvents', events);
