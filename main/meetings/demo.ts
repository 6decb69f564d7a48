import type { Database } from '../../db/database';
import { BodyEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ItemKind, Meeting, MeetingType } from '../../preload/contract';
import { addItem } from './agendaService';
import { invite, updateInvitee } from './inviteeService';
import { createMeeting, createSeries, setMeetingStatus } from './meetingService';
import { addActionItem, addDecision, approveMinutes, setActionStatus, setItemMinutes } from './minutesService';
import { demoDays } from '../demo/demoDates';
import { todayIso } from '../app/days';

interface DemoItem {
  title: string;
  kind?: ItemKind;
  minutes: number;
  presenter?: string;
  description?: string;
  isBreak?: boolean;
  notes?: string;
  decisions?: string[];
  /** `due` is a date from the demo's calendar (relative to today); `done` closes it at the next meeting. */
  actions?: { what: string; person?: string; org?: string; due: string; done?: boolean }[];
}

/**
 * Meetings modelled on Hvidovre's timeline (half-day kick-off workshop, three-hour theme meetings,
 * the steering group every other month) and UU-Vestegnen's minutes (follow-up, agreements for next
 * time), dated from today: held meetings with approved minutes, a recent one whose minutes await
 * approval, coming meetings, action items done, overdue and due soon.
 */
export async function loadMeetingDemo(db: Database, today = todayIso()): Promise<void> {
  const m = db.ds.manager;
  const d = demoDays(today);
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
          ownerOrganisationId: a.org ? (org.get(a.org) ?? null) : null, dueDate: a.due,
        });
      }
    }
    return mt;
  }

  /** The next meeting approves the minutes and closes the action items marked done. */
  async function followUp(prev: Meeting, items: DemoItem[], next: Meeting) {
    await approveMinutes(db, { id: prev.id, approvedAtMeetingId: next.id });
    const done = new Set(items.flatMap((i) => i.actions ?? []).filter((a) => a.done).map((a) => a.what));
    for (const a of prev.actionItems) {
      if (done.has(a.what)) await setActionStatus(db, { id: a.id, status: 'done', doneDate: next.date, atMeetingId: next.id, reason: null });
    }
  }

  const kickoffItems: DemoItem[] = [
    { title: 'Velkomst og baggrund for partnerskabet', minutes: 20, presenter: 'Helle Adelborg', notes: 'Borgmesteren bød velkommen og fremhævede målet om, at 95 % af en ungdomsårgang gennemfører en ungdomsuddannelse.' },
    { title: 'Resultater af desk-research på ungeområdet', minutes: 40, presenter: 'Mette Frølund', description: 'Desk-researchen er sendt ud forud for mødet.', notes: 'Frafaldet er størst på erhvervsuddannelserne i første år. 85 % af årgangen gennemfører i dag.' },
    { title: 'Pause', minutes: 15, isBreak: true },
    { title: 'Gruppedrøftelse: Hvor skal partnerskabet gøre en forskel?', kind: 'discussion', minutes: 90, notes: 'Grupperne pegede på overgangen fra grundskole til ungdomsuddannelse, praktikpladser og unge uden for uddannelse og job.',
      actions: [
        { what: 'Oversigt over nuværende tiltag på børn/unge-området fordelt på 0–12, 12–18 og 18–25 år', org: 'UU Center-Syd', due: d.week(-26, 4), done: true },
        { what: 'Tværgående analyse af udfordringerne på baggrund af Uddannelsesnøglen', person: 'Mette Frølund', due: d.week(-2, 4) },
      ] },
    { title: 'Er alle relevante parter inddraget?', kind: 'decision', minutes: 40,
      notes: 'Det blev drøftet, om Det lokale beskæftigelsesråd og ungdomsskolen skal inddrages.',
      decisions: ['Det lokale beskæftigelsesråd inddrages aktivt i partnerskabet.', 'Partnerskabet holder to temamøder i den kommende periode.'],
      actions: [{ what: 'Invitere LBR til næste temamøde', person: 'Åse Kjærgaard', due: d.week(-27, 4), done: true }] },
  ];
  const kickoff = await meeting('Opstarts-workshop for Ungepartnerskabet', 'kickoff_workshop', d.week(-30, 1), '09:00', '13:00', 'Hvidovre Rådhus, byrådssalen',
    'Alle deltagere er med til at definere indholdet i og rammerne for Ungepartnerskabet.', kickoffItems, true);

  const theme1Items: DemoItem[] = [
    { title: 'Frafald på erhvervsuddannelserne – status', minutes: 30, presenter: 'Anders Højgaard', notes: 'TEC gennemgik frafaldet på grundforløbet og skolens fastholdelsesindsats.' },
    { title: 'Mentorordning for unge', kind: 'discussion', minutes: 60, presenter: 'Lise Brønnum', notes: 'Foreningen Nydansker (Dygtige Unge) fortalte om erhvervsmentorkorps, der matcher 80–100 unge om året med frivillige mentorer.',
      actions: [{ what: 'Udarbejde skitse til mentorordning med budget', person: 'Lise Brønnum', due: d.week(-16, 4), done: true }] },
    { title: 'Pause', minutes: 15, isBreak: true },
    { title: 'Fælles nøgletal for partnerskabet', kind: 'decision', minutes: 45, presenter: 'Mette Frølund', notes: 'Forslag til nøgletal blev fremlagt.',
      decisions: ['Partnerskabet måler på de tal, indsatserne laves ud fra: gennemførelse, frafald og praktikpladser.'],
      actions: [{ what: 'Afklare med styregruppen, at vi måler på de tal, vi laver indsatser ud fra', person: 'Åse Kjærgaard', due: d.week(-22, 4), done: true }] },
  ];
  const theme1 = await meeting('Temamøde 1: Frafald på erhvervsuddannelserne', 'theme_meeting', d.week(-24, 1), '13:00', '16:00', 'TEC Hvidovre, Stamholmen 201, lokale 2.14',
    'Hvilke indsatser gør erhvervsskolerne for at mindske frafald, og hvor kan partnerskabet bidrage?', theme1Items, true);
  await followUp(kickoff, kickoffItems, theme1);

  const theme2Items: DemoItem[] = [
    { title: 'Praktikpladssituationen i Hvidovre', minutes: 30, presenter: 'Anders Højgaard', notes: 'Der mangler især praktikpladser inden for handel og kontor.' },
    { title: 'Virksomhedernes perspektiv', kind: 'discussion', minutes: 60, presenter: 'Thomas Vestergaard', notes: 'Hospitalet kan tilbyde flere elevpladser, hvis skolerne hjælper med matchningen.',
      actions: [{ what: 'Kortlægge elevpladser hos de ti største lokale arbejdspladser', org: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre', due: d.week(-1, 4) }] },
    { title: 'Pause', minutes: 15, isBreak: true },
    { title: 'Beslutningsgrundlag til kommunalbestyrelsen', kind: 'decision', minutes: 45, presenter: 'Åse Kjærgaard', notes: 'Der var enighed om at samle forslagene i et beslutningsoplæg til kommunalbestyrelsen.',
      decisions: ['Forslag til indsatser samles i et beslutningsoplæg til kommunalbestyrelsen.'],
      actions: [{ what: 'Nyhedsbrev fire gange årligt om partnerskabets temaer', person: 'Mette Frølund', due: d.week(1, 4) }] },
  ];
  const theme2 = await meeting('Temamøde 2: Virksomhedernes rolle og praktikpladser', 'theme_meeting', d.week(-14, 2), '13:00', '16:00', 'Hvidovre Hospital, auditoriet',
    'Tættere bånd til lokale virksomheder og flere praktikpladser.', theme2Items, true);
  await followUp(theme1, theme1Items, theme2);

  // Held three weeks ago: the minutes are written and wait for approval at the next meeting.
  const statusItems: DemoItem[] = [
    { title: 'Status på indsatserne', minutes: 40, presenter: 'Mette Frølund', notes: 'Praktikkoordinatorerne er i gang på alle skoler; fraværsteamet har kontakt til 45 elever.' },
    { title: 'Erhvervsmentorkorps', kind: 'decision', minutes: 40, presenter: 'Nanna Sørensen', notes: 'Skitsen til et erhvervsmentorkorps med budget blev gennemgået.',
      decisions: ['Beslutningsoplægget om erhvervsmentorkorpset sendes til Økonomiudvalget.'],
      actions: [
        { what: 'Sende beslutningsoplægget om indsatserne til partnerne til kommentering', person: 'Åse Kjærgaard', due: d.week(0, 4) },
        { what: 'Indhente nøgletal fra UU og Jobcenter til statusrapporten', person: 'Lise Brønnum', due: d.week(2, 1) },
        { what: 'Finde de første ti virksomheder til erhvervsmentorkorpset', person: 'Nanna Sørensen', due: d.week(4, 4) },
      ] },
  ];
  const status = await meeting('Partnerskabsmøde: Status på indsatserne', 'partnership_meeting', d.week(-3, 3), '14:00', '16:00', 'Hvidovre Rådhus, mødesal 1',
    'Status på indsatserne og erhvervsmentorkorpset.', statusItems, true);
  await followUp(theme2, theme2Items, status);

  await meeting('Partnerskabsmøde: Status og næste skridt', 'partnership_meeting', d.week(2, 1), '14:00', '16:00', 'Hvidovre Rådhus, mødesal 1',
    'Status på indsatserne og godkendelse af referatet fra sidste partnerskabsmøde.', [
      { title: 'Status på mentorordningen', minutes: 30, presenter: 'Lise Brønnum' },
      { title: 'Beslutningsoplæg om indsatser', kind: 'decision', minutes: 45, presenter: 'Åse Kjærgaard' },
    ], false);
  await meeting('Temamøde 3: Unge uden uddannelse og job', 'theme_meeting', d.week(7, 2), '13:00', '16:00', 'Ungecenter Enghøj, Hvidovre',
    'Hvordan når vi de unge, der hverken er i uddannelse eller job?', [
      { title: 'Ungeindsatsen i tal', minutes: 30, presenter: 'Nanna Sørensen' },
      { title: 'Vejledningscafé for unge uden uddannelse', kind: 'discussion', minutes: 60, presenter: 'Lise Brønnum' },
    ], false);

  if (steering !== null) {
    // The steering group keeps its own rhythm: the first Tuesday every other month; from 171 days back, three of six are always held and three coming.
    const series = await createSeries(db, {
      title: 'Styregruppemøde', type: 'steering_group', bodyId: steering, fromDate: d.day(-171), everyMonths: 2, weekday: 1, ordinal: 1, count: 6,
      startTime: '09:00', durationMinutes: 120, place: 'Børne- og Velfærdsforvaltningen, Hvidovrevej 278, mødelokale 3', standardItems: true,
    });
    for (const s of series.filter((x) => x.date < today)) await setMeetingStatus(db, { id: s.id, status: 'held' });
  }
}
