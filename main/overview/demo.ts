import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity, BodyEntity } from '../../db/entities/actors';
import type { ActorKind, InvolvementForm, MilestoneKind } from '../../preload/contract';
import { updateOrganisation } from '../actors/organisationService';
import { plusDays, todayIso } from '../app/days';
import { createInvolvement, setInvolvementRule } from '../involvement/involvementService';
import { placeStakeholder } from '../involvement/stakeholderService';
import { createMilestone } from '../planning/milestoneService';

/**
 * Involvement and the year plan for the demo partnership, relative to today: the local employment
 * council (LBR) must be involved every 90 days and was last involved 120 days ago (Hvidovre's plan:
 * "Det skal sikres, at Det lokale beskæftigelsesråd bliver inddraget aktivt").
 */
export async function loadOverviewDemo(db: Database, today = todayIso()): Promise<void> {
  const m = db.ds.manager;
  const orgId = async (name: string) => (await m.getRepository(OrganisationEntity).findOneByOrFail({ name })).id;
  const personId = async (name: string) => (await m.getRepository(PersonEntity).findOneByOrFail({ name })).id;
  const y = Number(today.slice(0, 4));

  const lbr = await m.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Det lokale beskæftigelsesråd (LBR)' });
  await updateOrganisation(db, lbr.id, {
    name: lbr.name, kind: lbr.kind, relation: lbr.relation, relationReason: lbr.relationReason, address: lbr.address, website: lbr.website,
    notes: 'Formanden foretrækker at blive kontaktet inden rådets kvartalsmøde. Sekretær: Birthe Ørum, Jobcenter Hvidovre.',
  });
  await setInvolvementRule(db, { actorKind: 'organisation', actorId: lbr.id, intervalDays: 90 });
  await setInvolvementRule(db, { actorKind: 'organisation', actorId: await orgId('Produktionsskolen'), intervalDays: 180 });
  await setInvolvementRule(db, { actorKind: 'organisation', actorId: await orgId('UU Center-Syd'), intervalDays: 60 });

  const log: [ActorKind, number, number, InvolvementForm, string, string | null][] = [
    ['organisation', lbr.id, -120, 'consulted', 'Drøftelse af LBR’s bidrag til Ungepartnerskabet', 'LBR vil bidrage med data om ledige under 25 år.'],
    ['organisation', lbr.id, -250, 'invited', 'Opstarts-workshop for Ungepartnerskabet', null],
    ['organisation', await orgId('UU Center-Syd'), -20, 'data_request', 'Tal for uddannelsesparathed i 8. klasse', 'Tallene leveret til statusrapporten.'],
    ['person', await personId('Lise Brønnum'), -75, 'presented', 'Oplæg: Ungdommens Uddannelsesvejledning i tal', null],
    ['organisation', await orgId('TEC – Technical Education Copenhagen'), -40, 'consulted', 'Praktikpladssituationen på de tekniske uddannelser', 'TEC ønsker tættere kontakt til lokale virksomheder.'],
    ['person', await personId('Anders Højgaard'), -160, 'presented', 'Oplæg på temamødet om praktikpladser', null],
    ['organisation', await orgId('Hvidovre Ungdomsskole'), -95, 'hearing', 'Høring om udkast til indsatskatalog', 'Høringssvar modtaget.'],
    ['organisation', await orgId('CPH West'), -200, 'invited', 'Temamøde om overgangen fra grundskole til ungdomsuddannelse', null],
    ['organisation', await orgId('Avedøre Holme Erhvervsforening'), -60, 'joined_initiative', 'Virksomhedsmentorkorps', 'Fem virksomheder har meldt sig som mentorer.'],
    ['organisation', await orgId('3F Hvidovre'), -130, 'consulted', 'Unge uden uddannelse på lagerområdet', null],
    ['organisation', await orgId('Dansk Industri, lokalafdelingen i Hvidovre'), -30, 'data_request', 'Virksomheders behov for faglært arbejdskraft', null],
    ['person', await personId('Nanna Sørensen'), -10, 'presented', 'Ungeindsatsen: status på aktivitetsparate unge', null],
    ['organisation', await orgId('Folkeskolerne i Hvidovre'), -300, 'invited', 'Opstarts-workshop for Ungepartnerskabet', null],
  ];
  for (const [actorKind, actorId, days, form, topic, outcome] of log) {
    await createInvolvement(db, { actorKind, actorId, date: plusDays(today, days), form, topic, outcome, followUpDate: null });
  }

  const map: [string, number, number][] = [
    // Spread so that no two names overlap on the map at 1280 px.
    ['Kommunalbestyrelsen', 90, 70], ['Børne- og Velfærdsforvaltningen', 80, 90], ['UU Center-Syd', 60, 92],
    ['Arbejdsmarkedsafdelingen – Jobcenter Hvidovre', 67, 80], ['Det lokale beskæftigelsesråd (LBR)', 72, 35], ['TEC – Technical Education Copenhagen', 55, 75],
    ['Hvidovre Gymnasium & HF', 43, 65], ['Avedøre Holme Erhvervsforening', 37, 55], ['3F Hvidovre', 50, 25], ['Dansk Industri, lokalafdelingen i Hvidovre', 62, 30],
    ['Produktionsskolen', 20, 70], ['Fælleselevrådet i Hvidovre', 15, 85], ['Hvidovre Hospital', 30, 30], ['Ungekontakten', 25, 15],
  ];
  for (const [name, influence, interest] of map) await placeStakeholder(db, { actorKind: 'organisation', actorId: await orgId(name), influence, interest });

  const board = (await m.getRepository(BodyEntity).findOneBy({ name: 'Ungepartnerskabet' }))?.id ?? null;
  const milestones: [string, string, MilestoneKind, boolean, string | null][] = [
    [`${y}-01-22`, 'Økonomiudvalget behandler udmøntningen af Ungepartnerskabet', 'political_deadline', false, null],
    [`${y}-03-01`, 'Desk-research sendes ud før opstarts-workshoppen', 'report_due', false, 'Forvaltningens samling af viden om området.'],
    [`${y}-04-01`, 'Ansøgningsfrist for puljemidler', 'political_deadline', true, null],
    [`${y}-06-18`, 'Frist for sager til Kommunalbestyrelsens augustmøde', 'political_deadline', false, null],
    [`${y}-08-27`, 'Budgetseminar for Kommunalbestyrelsen', 'budget', true, null],
    [`${y}-09-23`, 'Kommunalbestyrelsen behandler partnerskabets forslag til indsatser', 'council_meeting', false, 'Beslutningsgrundlaget leveres umiddelbart efter sommerferien.'],
    [`${y}-10-08`, 'Budgetvedtagelse, 2. behandling', 'budget', true, null],
    [`${y}-11-26`, 'Årlig statusrapport til Børne- og Undervisningsudvalget', 'report_due', true, 'Nøgletal pr. spor og målopfølgning.'],
    [plusDays(today, 12), 'Frist: nøgletal fra UU og Jobcenter til statusrapporten', 'report_due', false, null],
  ];
  for (const [date, title, kind, recurring, note] of milestones) {
    await createMilestone(db, { date, title, kind, recurring, note, bodyId: kind === 'report_due' ? board : null });
  }
}
