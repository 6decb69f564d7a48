import type { ApiError, ChannelInput, ChannelName, ChannelOutput, Envelope, SamspilApi } from '../../../preload/contract';

declare global {
  interface Window {
    samspil?: SamspilApi;
  }
}

export class ApiClientError extends Error {
  constructor(public readonly apiError: ApiError) {
    super(apiError.message);
  }
}

const TOKEN_KEY = 'samspil.token';
const TOKEN_HEADER = 'x-samspil-token';

/** Browser mode: the token arrives once in the URL, is kept for the tab and removed from the address bar. */
export function httpToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function viaHttp(name: ChannelName, input: unknown): Promise<Envelope<unknown>> {
  try {
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: httpToken() },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'NETWORK' } };
  }
}

export const transport: 'ipc' | 'http' = typeof window !== 'undefined' && window.samspil ? 'ipc' : 'http';
if (transport === 'http') httpToken();

/** The renderer's only way to main: window.samspil in Electron, the loopback host in a browser. */
export async function call<C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = window.samspil
    ? await (window.samspil[name] as (i: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>)(input)
    : ((await viaHttp(name, input)) as Envelope<ChannelOutput<C>>);
  if (!envelope.ok) throw new ApiClientError(envelope.error);
  return envelope.data;
}
