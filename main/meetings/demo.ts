import type { Database } from '../../db/database';
import { BodyEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ItemKind, Meeting, MeetingType } from '../../preload/contract';
import { addItem } from './agendaService';
import { invite, updateInvitee } from './inviteeService';
import { createMeeting, createSeries, setMeetingStatus } from './meetingService';
import { addActionItem, addDecision, approveMinutes, setActionStatus, setItemMinutes } from './minutesService';
import { nthWeekday } from './schedule';
import { activeClock, copenhagenDate } from '../app/clock';

interface DemoItem {
  title: string;
  kind?: ItemKind;
  minutes: number;
  presenter?: string;
  description?: string;
  isBreak?: boolean;
  notes?: string;
  decisions?: string[];
  actions?: { what: string; person?: string; org?: string; dueInDays: number; done?: boolean }[];
}

/** The Tuesday in the n-th week of the month `monthsAhead` from today (negative: in the past). */
function tuesday(today: Date, monthsAhead: number, week = 2): string {
  const m = today.getUTCMonth() + monthsAhead;
  const year = today.getUTCFullYear() + Math.floor(m / 12);
  return nthWeekday(year, ((m % 12) + 12) % 12, 1, week);
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Meetings modelled on Hvidovre's timeline (half-day kick-off workshop, two three-hour theme meetings,
 * the steering group every other month) and UU-Vestegnen's minutes (follow-up, agreements for next time).
 */
export async function loadMeetingDemo(db: Database, today = activeClock().now()): Promise<void> {
  const m = db.ds.manager;
  const person = new Map((await m.getRepository(PersonEntity).find()).map((p) => [p.name, p.id]));
  const org = new Map((await m.getRepository(OrganisationEntity).find()).map((o) => [o.name, o.id]));
  const body = new Map((await m.getRepository(BodyEntity).find()).map((b) => [b.name, b.id]));
  const partnership = body.get('Ungepartnerskabet') ?? null;
  const steering = body.get('Styregruppen') ?? null;

  async function meeting(title: string, type: MeetingType, date: string, startTime: string, endTime: string, place: string, purpose: string, items: DemoItem[], held: boolean): Promise<Meeting> {
    let mt = await createMeeting(db, {
      data: { title, type, bodyId: partnership, date, startTime, endTime, place, onlineLink: null, purpose, notes: null, followsUpMeetingId: null },
      standardItems: true,
      copyFromId: null,
    });
    for (const it of items) {
      mt = await addItem(db, {
        meetingId: mt.id,
        data: { isBreak: !!it.isBreak, title: it.title, kind: it.kind ?? 'orientation', presenterId: it.presenter ? (person.get(it.presenter) ?? null) : null, durationMinutes: it.minutes, description: it.description ?? null },
      });
    }
    if (partnership !== null) mt = await invite(db, { meetingId: mt.id, personIds: [], organisationIds: [], bodyId: partnership });
    for (const [i, inv] of mt.invitees.entries()) {
      const declined = i % 5 === 3;
      mt = await updateInvitee(db, { id: inv.id, reply: declined ? 'declined' : i % 7 === 6 ? 'no_reply' : 'accepted', attendance: held ? (declined ? 'regrets' : 'present') : null });
    }
    if (!held) return setMeetingStatus(db, { id: mt.id, status: 'invited' });
    mt = await setMeetingStatus(db, { id: mt.id, status: 'held' });
    for (const it of items) {
      const row = mt.items.find((x) => x.title === it.title)!;
      if (it.notes) mt = await setItemMinutes(db, { itemId: row.id, minutes: it.notes });
      for (const text of it.decisions ?? []) mt = await addDecision(db, { meetingId: mt.id, itemId: row.id, text });
      for (const a of it.actions ?? []) {
        mt = await addActionItem(db, {
          meetingId: mt.id, itemId: row.id, what: a.what, ownerPersonId: a.person ? (person.get(a.person) ?? null) : null,
          ownerOrganisationId: a.org ? (org.get(a.org) ?? null) : null, dueDate: addDays(date, a.dueInDays),
        });
      }
    }
    return mt;
  }

  const kickoffDate = tuesday(today, -8);
  const kickoff = await meeting('Opstarts-workshop for Ungepartnerskabet', 'kickoff_workshop', kickoffDate, '09:00', '13:00', 'Hvidovre Rådhus, byrådssalen',
    'Alle deltagere er med til at definere indholdet i og rammerne for Ungepartnerskabet.', [
      { title: 'Velkomst og baggrund for partnerskabet', minutes: 20, presenter: 'Helle Adelborg', notes: 'Borgmesteren bød velkommen og fremhævede målet om, at 95 % af en ungdomsårgang gennemfører en ungdomsuddannelse.' },
      { title: 'Resultater af desk-research på ungeområdet', minutes: 40, presenter: 'Mette Frølund', description: 'Desk-researchen er sendt ud forud for mødet.', notes: 'Frafaldet er størst på erhvervsuddannelserne i første år. 85 % af årgangen gennemfører i dag.' },
      { title: 'Pause', minutes: 15, isBreak: true },
      { title: 'Gruppedrøftelse: Hvor skal partnerskabet gøre en forskel?', kind: 'discussion', minutes: 90, notes: 'Grupperne pegede på overgangen fra grundskole til ungdomsuddannelse, praktikpladser og unge uden for uddannelse og job.',
        actions: [
          { what: 'Oversigt over nuværende tiltag på børn/unge-området fordelt på 0–12, 12–18 og 18–25 år', org: 'UU Center-Syd', dueInDays: 30, done: true },
          { what: 'Tværgående analyse af udfordringerne på baggrund af Uddannelsesnøglen', person: 'Mette Frølund', dueInDays: 45 },
        ] },
      { title: 'Er alle relevante parter inddraget?', kind: 'decision', minutes: 40,
        notes: 'Det blev drøftet, om Det lokale beskæftigelsesråd og ungdomsskolen skal inddrages.',
        decisions: ['Det lokale beskæftigelsesråd inddrages aktivt i partnerskabet.', 'Partnerskabet holder to temamøder i foråret.'],
        actions: [{ what: 'Invitere LBR til næste temamøde', person: 'Åse Kjærgaard', dueInDays: 21, done: true }] },
    ], true);

  const theme1Date = tuesday(today, -7);
  const theme1 = await meeting('Temamøde 1: Frafald på erhvervsuddannelserne', 'theme_meeting', theme1Date, '13:00', '16:00', 'TEC, Hvidovre, lokale 2.14',
    'Hvilke indsatser gør erhvervsskolerne for at mindske frafald, og hvor kan partnerskabet bidrage?', [
      { title: 'Frafald på erhvervsuddannelserne – status', minutes: 30, presenter: 'Anders Højgaard', notes: 'TEC gennemgik frafaldet på grundforløbet og skolens fastholdelsesindsats.' },
      { title: 'Mentorordning efter fynsk model', kind: 'discussion', minutes: 60, presenter: 'Lise Brønnum', notes: 'Erfaringerne fra erhvervsmentorkorpset på Fyn blev drøftet (80–100 unge matchet om året).',
        actions: [{ what: 'Udarbejde skitse til mentorordning med budget', person: 'Lise Brønnum', dueInDays: 60 }] },
      { title: 'Pause', minutes: 15, isBreak: true },
      { title: 'Fælles nøgletal for partnerskabet', kind: 'decision', minutes: 45, presenter: 'Mette Frølund', notes: 'Forslag til nøgletal blev fremlagt.',
        decisions: ['Partnerskabet måler på de tal, indsatserne laves ud fra: gennemførelse, frafald og praktikpladser.'],
        actions: [{ what: 'Afklare med styregruppen, at vi måler på de tal, vi laver indsatser ud fra', person: 'Åse Kjærgaard', dueInDays: 14 }] },
    ], true);
  await approveMinutes(db, { id: kickoff.id, approvedAtMeetingId: theme1.id });
  for (const a of kickoff.actionItems) {
    if (a.what.startsWith('Oversigt') || a.what.startsWith('Invitere')) await setActionStatus(db, { id: a.id, status: 'done', doneDate: theme1Date, atMeetingId: theme1.id, reason: null });
  }

  const theme2Date = tuesday(today, -5);
  const theme2 = await meeting('Temamøde 2: Virksomhedernes rolle og praktikpladser', 'theme_meeting', theme2Date, '13:00', '16:00', 'Hvidovre Hospital, auditoriet',
    'Tættere bånd til lokale virksomheder og flere praktikpladser.', [
      { title: 'Praktikpladssituationen i Hvidovre', minutes: 30, presenter: 'Anders Højgaard', notes: 'Der mangler især praktikpladser inden for handel og kontor.' },
      { title: 'Virksomhedernes perspektiv', kind: 'discussion', minutes: 60, presenter: 'Thomas Vestergaard', notes: 'Hospitalet kan tilbyde flere elevpladser, hvis skolerne hjælper med matchningen.',
        actions: [{ what: 'Kortlægge elevpladser hos de ti største lokale arbejdspladser', org: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre', dueInDays: 45 }] },
      { title: 'Pause', minutes: 15, isBreak: true },
      { title: 'Beslutningsgrundlag til kommunalbestyrelsen', kind: 'decision', minutes: 45, presenter: 'Åse Kjærgaard', notes: 'Der var enighed om at samle forslagene i et beslutningsoplæg efter sommerferien.',
        decisions: ['Forslag til indsatser samles i et beslutningsoplæg til kommunalbestyrelsen i september.'],
        actions: [{ what: 'Nyhedsbrev fire gange årligt om partnerskabets temaer', person: 'Mette Frølund', dueInDays: 90 }] },
    ], true);
  await approveMinutes(db, { id: theme1.id, approvedAtMeetingId: theme2.id });

  await meeting('Partnerskabsmøde: Status og næste skridt', 'partnership_meeting', tuesday(today, 1, 1), '14:00', '16:00', 'Hvidovre Rådhus, mødesal 1',
    'Status på indsatserne og godkendelse af referatet fra temamøde 2.', [
      { title: 'Status på mentorordningen', minutes: 30, presenter: 'Lise Brønnum' },
      { title: 'Beslutningsoplæg om indsatser', kind: 'decision', minutes: 45, presenter: 'Åse Kjærgaard' },
    ], false);

  if (steering !== null) {
    const from = tuesday(today, -6, 1);
    const series = await createSeries(db, {
      title: 'Styregruppemøde', type: 'steering_group', bodyId: steering, fromDate: from, everyMonths: 2, weekday: 1, ordinal: 1, count: 6,
      startTime: '09:00', durationMinutes: 120, place: 'Børne- og Velfærdsforvaltningen, mødelokale 3', standardItems: true,
    });
    const todayIso = copenhagenDate(today);
    for (const s of series.filter((x) => x.date < todayIso)) await setMeetingStatus(db, { id: s.id, status: 'held' });
  }
}
