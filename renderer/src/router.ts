import { useSyncExternalStore } from 'react';

export type Route = { area: string; tab?: string; id?: number };

function parse(hash: string): Route {
  const [area = 'overview', tab, id] = hash.replace(/^#\/?/, '').split('/');
  const n = Number(id);
  return { area: area || 'overview', tab: tab || undefined, id: Number.isInteger(n) && n > 0 ? n : undefined };
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** Hash routes: #/actors/people/12. Survive reloads and work the same in Electron and the browser. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export function navigate(area: string, tab?: string, id?: number) {
  window.location.hash = `#/${[area, tab, id].filter((p) => p !== undefined).join('/')}`;
}
