import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, ipcChannel, type SamspilApi } from './contract';

// One function per channel; the event object and ipcRenderer itself never reach the page.
const api = Object.fromEntries(
  channelNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
) as SamspilApi;

contextBridge.exposeInMainWorld('samspil', api satisfies SamspilApi);
