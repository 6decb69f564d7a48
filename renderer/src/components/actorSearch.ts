import type { PersonSummary } from '../../../preload/contract';
import { call } from '../api/client';
import type { PickSearch } from './SearchSelect';

/** A person as pickers show them: the name, and the organisation to tell two of the same name apart. */
export const personLabel = (p: Pick<PersonSummary, 'name' | 'organisationName'>) => (p.organisationName ? `${p.name} (${p.organisationName})` : p.name);

/** People searched on the server (a region has tens of thousands, too many to load for a picker). */
export const searchPeople: PickSearch = async (search, limit) => {
  const page = await call('people.list', { search, offset: 0, limit });
  return { options: page.items.map((p) => ({ value: String(p.id), label: personLabel(p) })), total: page.total };
};

/** Organisations searched on the server (a region has thousands). */
export const searchOrganisations: PickSearch = async (search, limit) => {
  const page = await call('organisations.list', { search, offset: 0, limit });
  return { options: page.items.map((o) => ({ value: String(o.id), label: o.name })), total: page.total };
};
