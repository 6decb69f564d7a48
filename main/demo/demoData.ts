import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { BodyKind, DemoResult, MembershipRole, OrganisationKind, Relation } from '../../preload/contract';
import { addMembership, createBody } from '../actors/bodyService';
import { createOrganisation } from '../actors/organisationService';
import { createPerson } from '../actors/personService';
import { loadInitiativeDemo } from '../initiatives/demo';
import { linkMemoDemo, loadMemoDemo } from '../memos/demo';
import { loadMeetingDemo } from '../meetings/demo';
import { loadOverviewDemo } from '../overview/demo';
import { updateSettings } from '../settings/settingsService';
import { loadGdprDemo } from '../gdpr/demo';
import { yieldingBetweenTransactions } from '../app/longWork';
import { activeClock, withClock, type Clock } from '../app/clock';
import { demoDays } from './demoDates';

interface DemoOrg {
  name: string;
  kind: OrganisationKind;
  relation: Relation | null;
  reason?: string;
  website?: string;
  address?: string;
  people?: { name: string; title: string; email?: string; phone?: string; bodies?: [string, MembershipRole][] }[];
  bodies?: [string, MembershipRole][];
}

/** One partnership in one municipality: Hvidovre's implementation plan (seed 000), its participants, ad-hoc actors and the municipal business-contact committee. */
const bodies: { name: string; kind: BodyKind; description: string }[] = [
  { name: 'Ungepartnerskabet', kind: 'partnership', description: 'Partnerskabet for unges uddannelse og job. Mål: 95 % af en ungdomsårgang gennemfører en ungdomsuddannelse.' },
  { name: 'Styregruppen', kind: 'steering_group', description: 'Mødes hver anden måned, 2 timer.' },
  { name: 'Erhvervskontaktudvalget', kind: 'advisory_board', description: 'Kommunens forum for virksomheder, arbejdsmarkedets parter og uddannelserne; rådgiver partnerskabet.' },
  { name: 'Arbejdsgruppe for praktikpladser', kind: 'working_group', description: 'Tættere bånd til lokale virksomheder og praktikmuligheder.' },
];

const orgs: DemoOrg[] = [
  {
    name: 'Kommunalbestyrelsen', kind: 'political_body', relation: 'core', address: 'Hvidovrevej 278, 2650 Hvidovre', website: 'www.hvidovre.dk',
    people: [
      { name: 'Helle Adelborg', title: 'Borgmester', email: 'borgmester@hvidovre.dk', bodies: [['Ungepartnerskabet', 'chair']] },
      { name: 'Søren Bøgh Ørsted', title: 'Medlem af kommunalbestyrelsen', email: 'sboe@hvidovre.dk', bodies: [['Ungepartnerskabet', 'member']] },
    ],
  },
  {
    name: 'Børne- og Velfærdsforvaltningen', kind: 'municipal_department', relation: 'core', address: 'Hvidovrevej 278, 2650 Hvidovre', website: 'www.hvidovre.dk',
    people: [
      { name: 'Åse Kjærgaard', title: 'Børne- og velfærdsdirektør', email: 'aase.kjaergaard@hvidovre.dk', phone: '36 39 30 00', bodies: [['Styregruppen', 'chair'], ['Ungepartnerskabet', 'member']] },
      { name: 'Mette Frølund', title: 'Sekretariatskoordinator, Skoleafdelingen', email: 'mette.frolund@hvidovre.dk', phone: '36 39 31 12', bodies: [['Ungepartnerskabet', 'secretary'], ['Styregruppen', 'secretary']] },
    ],
  },
  {
    name: 'Hvidovre Gymnasium & HF', kind: 'upper_secondary_school', relation: 'core', address: 'Hvidovrevej 441, 2650 Hvidovre', website: 'www.hvidovre-gym.dk',
    people: [{ name: 'Jørgen Lærkesen', title: 'Rektor', email: 'rektor@hvidovre-gym.dk', phone: '36 49 25 00', bodies: [['Ungepartnerskabet', 'member'], ['Styregruppen', 'member']] }],
  },
  {
    name: 'Avedøre Gymnasium', kind: 'upper_secondary_school', relation: 'core', address: 'Avedøre Tværvej 10, 2650 Hvidovre',
    people: [{ name: 'Birgitte Østergård', title: 'Rektor', email: 'bo@avedoere-gym.dk', bodies: [['Ungepartnerskabet', 'member']] }],
  },
  {
    name: 'VUC Hvidovre/Amager', kind: 'adult_education', relation: 'core', address: 'Hvidovrevej 446, 2650 Hvidovre',
    people: [{ name: 'Kåre Mølgaard', title: 'Leder', email: 'kaare.molgaard@vuc.dk', bodies: [['Ungepartnerskabet', 'member']] }],
  },
  {
    name: 'TEC – Technical Education Copenhagen', kind: 'vocational_college', relation: 'core', address: 'Stamholmen 201, 2650 Hvidovre', website: 'www.tec.dk',
    people: [{ name: 'Anders Højgaard', title: 'Leder', email: 'ahj@tec.dk', phone: '+45 35 86 35 86', bodies: [['Ungepartnerskabet', 'member'], ['Arbejdsgruppe for praktikpladser', 'chair'], ['Erhvervskontaktudvalget', 'member']] }],
  },
  {
    name: 'UU Center-Syd', kind: 'municipal_department', relation: 'core', reason: 'Ungdommens Uddannelsesvejledning', address: 'Ungecenter Enghøj, 2650 Hvidovre',
    people: [{ name: 'Lise Brønnum', title: 'Leder af UU Center-Syd', email: 'lise.bronnum@uucentersyd.dk', bodies: [['Ungepartnerskabet', 'member'], ['Styregruppen', 'member']] }],
  },
  {
    name: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre', kind: 'municipal_department', relation: 'core', address: 'Hvidovrevej 278, 2650 Hvidovre',
    people: [
      { name: 'Peter Ærenlund', title: 'Leder af arbejdsmarkedsafdelingen', email: 'pae@hvidovre.dk', bodies: [['Ungepartnerskabet', 'member'], ['Styregruppen', 'member']] },
      { name: 'Nanna Sørensen', title: 'Leder af Ungeindsatsen', email: 'nas@hvidovre.dk', bodies: [['Ungepartnerskabet', 'member']] },
    ],
  },
  { name: 'Hvidovre Hospital', kind: 'company', relation: 'core', reason: 'Lokal virksomhed – praktikpladser', address: 'Kettegård Allé 30, 2650 Hvidovre', people: [{ name: 'Thomas Vestergaard', title: 'HR-chef', email: 'thomas.vestergaard@regionh.dk', bodies: [['Arbejdsgruppe for praktikpladser', 'member']] }] },
  { name: 'Avedøre Holme Erhvervsforening', kind: 'company', relation: 'core', reason: 'Repræsentant for lokale virksomheder', address: 'Avedøre Holme, 2650 Hvidovre', bodies: [['Ungepartnerskabet', 'member'], ['Erhvervskontaktudvalget', 'chair']] },
  { name: 'Folkeskolerne i Hvidovre', kind: 'primary_school', relation: 'adhoc', reason: 'Overvejes inddraget' },
  { name: 'Hvidovre Ungdomsskole', kind: 'municipal_department', relation: 'adhoc', reason: 'Overvejes inddraget' },
  { name: 'Produktionsskolen', kind: 'vocational_college', relation: 'adhoc', reason: 'Overvejes inddraget' },
  {
    name: 'Det lokale beskæftigelsesråd (LBR)', kind: 'labour_market_org', relation: 'adhoc', reason: 'Skal inddrages aktivt i partnerskabet',
    people: [{ name: 'Jens Øbro', title: 'Formand', email: 'formand@lbr-hvidovre.dk' }],
  },
  { name: 'CPH West', kind: 'vocational_college', relation: 'adhoc', reason: 'Overvejes inddraget', website: 'www.cphwest.dk' },
  { name: 'SOSU H', kind: 'vocational_college', relation: 'adhoc', reason: 'Sosu-skolen' },
  { name: 'Børne- og familieafdelingen', kind: 'municipal_department', relation: 'adhoc' },
  { name: 'Virksomhedsservice Hvidovre', kind: 'municipal_department', relation: 'adhoc', reason: 'Kontakten til de lokale virksomheder', address: 'Hvidovrevej 278, 2650 Hvidovre', bodies: [['Erhvervskontaktudvalget', 'secretary']] },
  { name: 'Dansk Industri, lokalafdelingen i Hvidovre', kind: 'labour_market_org', relation: 'adhoc', bodies: [['Erhvervskontaktudvalget', 'member']] },
  { name: '3F Hvidovre', kind: 'labour_market_org', relation: 'adhoc', bodies: [['Erhvervskontaktudvalget', 'member']] },
  { name: 'Ungekontakten', kind: 'municipal_department', relation: 'adhoc', reason: 'Samarbejder med UU om Ungepakkerne', bodies: [['Erhvervskontaktudvalget', 'observer']] },
  { name: 'Fælleselevrådet i Hvidovre', kind: 'ngo', relation: 'adhoc', bodies: [['Erhvervskontaktudvalget', 'member']] },
];

/**
 * Fills an empty database with a realistic partnership, every date counted from the clock's today
 * (the command's clock; tests pass a fixed one). Refuses a database that already has actors.
 */
export function loadDemoData(target: Database, clock: Clock = activeClock()): Promise<DemoResult> {
  return withClock(clock, () => load(target, clock.today()));
}

async function load(target: Database, today: string): Promise<DemoResult> {
  // Hundreds of commands in a row: the main process gets a turn between them.
  const db = yieldingBetweenTransactions(target);
  const m = db.ds.manager;
  const existing = (await m.getRepository(OrganisationEntity).count()) + (await m.getRepository(PersonEntity).count());
  if (existing > 0) return { loaded: false, organisations: 0, people: 0 };
  await updateSettings(db, { partnershipName: 'Ungepartnerskabet i Hvidovre', municipality: 'Hvidovre Kommune' });
  // Everyone joined the bodies at the kick-off workshop, seven months ago.
  const joined = demoDays(today).week(-30, 1);
  const bodyId = new Map<string, number>();
  for (const b of bodies) bodyId.set(b.name, (await createBody(db, b)).id);
  let people = 0;
  for (const o of orgs) {
    const org = await createOrganisation(db, {
      name: o.name, kind: o.kind, relation: o.relation, relationReason: o.reason ?? null, website: o.website ?? null, address: o.address ?? null, notes: null,
    });
    for (const [body, role] of o.bodies ?? []) await addMembership(db, { bodyId: bodyId.get(body)!, organisationId: org.id, personId: null, role, fromDate: joined, toDate: null });
    for (const p of o.people ?? []) {
      const person = await createPerson(db, {
        name: p.name, title: p.title, organisationId: org.id, email: p.email ?? null, phone: p.phone ?? null, notes: null,
        relation: o.relation, relationReason: null,
      });
      people++;
      for (const [body, role] of p.bodies ?? []) await addMembership(db, { bodyId: bodyId.get(body)!, personId: person.id, organisationId: null, role, fromDate: joined, toDate: null });
    }
  }
  await loadInitiativeDemo(db, today);
  await loadMemoDemo(db, today);
  await loadMeetingDemo(db, today);
  await linkMemoDemo(db);
  await loadOverviewDemo(db, today);
  await loadGdprDemo(db, today);
  return { loaded: true, organisations: orgs.length, people };
}
