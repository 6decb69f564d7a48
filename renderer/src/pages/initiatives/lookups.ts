import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const useTracks = () => useQuery({ queryKey: ['tracks.list'], queryFn: () => call('tracks.list', {}) });
export const useTargetGroups = () => useQuery({ queryKey: ['targetGroups.list'], queryFn: () => call('targetGroups.list', {}) });

/** Options for selects; a secretariat's register is a few hundred actors, so one page is enough. */
export function useOrganisationOptions() {
  const q = useQuery({ queryKey: ['organisations.list', 'options'], queryFn: () => call('organisations.list', { limit: 1000 }) });
  return (q.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }));
}

export function usePeopleOptions() {
  const q = useQuery({ queryKey: ['people.list', 'options'], queryFn: () => call('people.list', { limit: 1000 }) });
  return (q.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }));
}
