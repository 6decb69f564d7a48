import type { ChannelParsed, OrganisationKind, Relation } from '../../../preload/contract';
import { membershipInput, organisationInput, personInput } from '../../../preload/contract';
import { createBody } from '../../../main/actors/bodyService';
import { insertMemberships, insertOrganisations, insertPeople } from '../../../main/actors/bulkInsert';
import { deleteOrganisation } from '../../../main/actors/organisationService';
import { deletePerson } from '../../../main/actors/personService';
import { updateSettings } from '../../../main/settings/settingsService';
import { searchKey } from '../../../db/textKeys';
import { address, firstNames, fixedBodies, kindWeights, middleNames, orgPatterns, roleWeights, surnames, titlesByKind, towns, workingGroupThemes } from './danish';
import type { GenPart } from './part';
import type { Rng } from './random';
import { countsFor } from './sizes';

const BATCH = 5000; // rows per transaction
const trades = ['Tømrer', 'VVS', 'El', 'Maler', 'Murer', 'Entreprenør', 'Transport', 'Rengøring', 'Catering', 'IT', 'Revision', 'Smede', 'Anlæg', 'Gartner', 'Blik', 'Kloak'];
const companySuffix = ['A/S', 'ApS', 'I/S'];

const slug = (s: string) => searchKey(s).replace(/[^a-z0-9]+/g, '');

function orgName(rng: Rng, kind: OrganisationKind, town: string): string {
  if (kind === 'company' && rng.chance(0.6)) return `${rng.chance(0.5) ? rng.pick(surnames) : town} ${rng.pick(trades)} ${rng.pick(companySuffix)}`;
  return rng.pick(orgPatterns[kind]).replace('{town}', town).replace('{surname}', rng.pick(surnames));
}

function unique(seen: Map<string, number>, name: string, town: string): string {
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  if (n === 1) return name;
  const withTown = name.includes(town) ? `${name} (${n})` : `${name}, ${town}`;
  return seen.has(withTown) ? `${name} (${n})` : (seen.set(withTown, 1), withTown);
}

const relationOf = (rng: Rng): Relation | null => rng.weighted<Relation | null>([['core', 25], ['adhoc', 55], [null, 20]]);

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<number[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += BATCH) ids.push(...(await write(rows.slice(i, i + BATCH))));
  return ids;
}

export const actorsPart: GenPart = {
  name: 'actors',
  async run(ctx) {
    const { db, rng, stamp, refs } = ctx;
    const n = countsFor(ctx.size, ['organisations', 'people', 'bodies']);
    n.bodies = Math.max(8, n.bodies); // even a small partnership has its fixed bodies and a few groups
    await updateSettings(db, { partnershipName: 'Ungepartnerskabet Vestegnen', municipality: 'Hvidovre Kommune' });

    const bodyWeights: [number, number][] = [];
    for (const [i, b] of fixedBodies.slice(0, n.bodies).entries()) {
      refs.bodyIds.push((await createBody(db, b)).id);
      bodyWeights.push([refs.bodyIds.at(-1)!, [10, 1, 2][i]!]);
    }
    for (let i = refs.bodyIds.length; i < n.bodies; i++) {
      const group = i % 2 === 0;
      const body = group
        ? { name: `Arbejdsgruppe for ${workingGroupThemes[(i / 2) % workingGroupThemes.length]}${i >= 2 * workingGroupThemes.length ? ` ${Math.floor(i / 24) + 1}` : ''}`, kind: 'working_group' as const, description: null }
        : { name: `Netværk ${towns[Math.floor(i / 2) % towns.length]}${i >= 2 * towns.length ? ` ${Math.floor(i / (2 * towns.length)) + 1}` : ''}`, kind: 'network' as const, description: 'Lokalt netværk af skoler, UU og virksomheder.' };
      refs.bodyIds.push((await createBody(db, body)).id);
      bodyWeights.push([refs.bodyIds.at(-1)!, group ? 3 : 4]);
    }

    const seen = new Map<string, number>();
    const orgs: (ChannelParsed<'organisations.create'> & { town: string })[] = [];
    for (let i = 0; i < n.organisations; i++) {
      const kind = rng.weighted(kindWeights);
      const town = rng.pick(towns);
      const name = unique(seen, orgName(rng, kind, town), town);
      const relation = relationOf(rng);
      const input = organisationInput.parse({
        name,
        kind,
        relation,
        relationReason: relation === 'adhoc' && rng.chance(0.3) ? rng.pick(['Overvejes inddraget', 'Skal inddrages aktivt i partnerskabet', 'Inddrages ved temamøder', 'Leverer data til statusrapporten']) : null,
        address: rng.chance(0.7) ? address(rng.pick, rng.int, town) : null,
        website: rng.chance(0.5) ? `www.${slug(name).slice(0, 30)}.dk` : null,
        notes: rng.chance(0.1) ? `Kontakt via hovednummer. Deltog i kick-off-workshoppen i ${town}.` : null,
      });
      orgs.push({ ...input, town });
    }
    refs.organisationIds.push(...(await inBatches(orgs, (b) => db.tx((m) => insertOrganisations(m, b.map(({ town: _t, ...o }) => o), stamp)))));

    const emails = new Set<string>();
    const people: ChannelParsed<'people.create'>[] = [];
    for (let i = 0; i < n.people; i++) {
      const orgIndex = rng.chance(0.92) ? Math.floor(rng.next() ** 1.6 * orgs.length) : -1; // some organisations have many people
      const org = orgs[orgIndex];
      const first = rng.pick(firstNames);
      const name = `${first}${rng.chance(0.25) ? ` ${rng.pick(middleNames)}` : ''} ${rng.pick(surnames)}`;
      let email: string | null = null;
      if (rng.chance(0.85)) {
        const base = `${slug(first)}.${slug(name.split(' ').at(-1)!)}@${org ? `${slug(org.town)}.dk` : 'mail.dk'}`;
        email = emails.has(base) ? base.replace('@', `${i}@`) : base;
        emails.add(email);
      }
      people.push(
        personInput.parse({
          name,
          title: rng.chance(0.9) ? rng.pick(titlesByKind[org?.kind ?? 'other']) : null,
          organisationId: org ? refs.organisationIds[orgIndex] : null,
          email,
          phone: rng.chance(0.7) ? `${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}` : null,
          relation: org && rng.chance(0.8) ? org.relation : relationOf(rng),
          relationReason: null,
          notes: rng.chance(0.05) ? 'Foretrækker at blive kontaktet pr. telefon om formiddagen.' : null,
        }),
      );
    }
    refs.personIds.push(...(await inBatches(people, (b) => db.tx((m) => insertPeople(m, b, stamp)))));

    const memberships: ChannelParsed<'memberships.add'>[] = [];
    const member = (owner: { personId: number } | { organisationId: number }, bodyId: number) =>
      memberships.push(membershipInput.parse({ bodyId, ...owner, role: rng.weighted(roleWeights), fromDate: `20${rng.int(13, 26)}-0${rng.int(1, 9)}-01`, toDate: null }));
    for (const personId of refs.personIds) {
      const k = rng.weighted([[0, 70], [1, 25], [2, 5]] as const);
      const bodies = new Set<number>();
      while (bodies.size < Math.min(k, bodyWeights.length)) bodies.add(rng.weighted(bodyWeights));
      for (const bodyId of bodies) member({ personId }, bodyId);
    }
    for (const organisationId of refs.organisationIds) if (rng.chance(0.05)) member({ organisationId }, rng.weighted(bodyWeights));
    await inBatches(memberships, (b) => db.tx((m) => insertMemberships(m, b)));

    // A little in the trash, as in real use: list queries must skip it.
    const trashedOrgs = refs.organisationIds.filter(() => rng.chance(0.005));
    const trashedPeople = refs.personIds.filter(() => rng.chance(0.005));
    for (const id of trashedOrgs) await deleteOrganisation(db, id);
    for (const id of trashedPeople) await deletePerson(db, id);

    return { organisations: orgs.length, people: people.length, bodies: refs.bodyIds.length, memberships: memberships.length, trashed: trashedOrgs.length + trashedPeople.length };
  },
};
