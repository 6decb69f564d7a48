import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { searchKey } from '../../db/textKeys';
import { organisationKinds, relations, type OrganisationKind, type Relation } from '../../preload/contract';

/** Header words that suggest a column for a field (compared after searchKey). */
export const headerAliases: Record<string, string[]> = {
  name: ['navn', 'name', 'fulde navn', 'kontaktperson', 'organisationsnavn', 'organisation navn'],
  kind: ['type', 'kind', 'art', 'organisationstype', 'kategori'],
  address: ['adresse', 'address'],
  website: ['hjemmeside', 'website', 'web', 'url', 'www'],
  relation: ['relation', 'tilknytning', 'deltagelse'],
  relationReason: ['begrundelse', 'reason', 'relation begrundelse'],
  notes: ['noter', 'notes', 'bemaerkninger', 'note', 'kommentar'],
  title: ['titel', 'title', 'stilling', 'rolle'],
  organisation: ['organisation', 'arbejdsplads', 'virksomhed', 'institution', 'organization', 'org'],
  email: ['e-mail', 'email', 'mail', 'e mail'],
  phone: ['telefon', 'phone', 'tlf', 'tlf.', 'mobil', 'telefonnummer'],
};

const kindWords = new Map<string, OrganisationKind>();
for (const kind of organisationKinds) {
  for (const word of [kind, da.organisationKind[kind], en.organisationKind[kind]]) kindWords.set(searchKey(word), kind);
}
const extraKinds: Record<string, OrganisationKind> = {
  forvaltning: 'municipal_department', kommune: 'municipal_department', afdeling: 'municipal_department', jobcenter: 'municipal_department',
  uu: 'municipal_department', gymnasium: 'upper_secondary_school', hf: 'upper_secondary_school', stx: 'upper_secondary_school',
  erhvervsskole: 'vocational_college', tec: 'vocational_college', euc: 'vocational_college', sosu: 'vocational_college',
  fgu: 'vocational_college', produktionsskole: 'vocational_college', vuc: 'adult_education', folkeskole: 'primary_school',
  virksomhed: 'company', firma: 'company', politisk: 'political_body', udvalg: 'political_body', fagforening: 'labour_market_org',
  arbejdsgiverorganisation: 'labour_market_org', forening: 'ngo', ngo: 'ngo', stat: 'state_agency', styrelse: 'state_agency', andet: 'other',
};
for (const [w, k] of Object.entries(extraKinds)) kindWords.set(searchKey(w), k);

export function parseKind(value: string): OrganisationKind | undefined {
  return kindWords.get(searchKey(value));
}

const relationWords = new Map<string, Relation | null>();
for (const r of relations) for (const w of [r, da.relation[r], en.relation[r]]) relationWords.set(searchKey(w), r);
for (const [w, r] of Object.entries({ fast: 'core', 'ad hoc': 'adhoc', 'ad-hoc': 'adhoc', adhoc: 'adhoc', ingen: null, none: null } as const)) {
  relationWords.set(searchKey(w), r);
}

export function parseRelation(value: string): Relation | null | undefined {
  if (value.trim() === '') return null;
  const key = searchKey(value);
  return relationWords.has(key) ? relationWords.get(key)! : undefined;
}
