import { inTurn } from '../../db/inTurn';
import { In, type EntityManager } from 'typeorm';
import { PersonEntity } from '../../db/entities/actors';
import { AuditEntity } from '../../db/entities/audit';
import { RetentionHoldEntity } from '../../db/entities/gdpr';
import { InitiativeEntity } from '../../db/entities/initiatives';
import { InvolvementEntity, InvolvementRuleEntity, StakeholderPositionEntity } from '../../db/entities/involvement';
import { ActionItemEntity, AgendaItemEntity, InviteeEntity, MeetingEntity } from '../../db/entities/meetings';
import { da } from '../../preload/texts/da';
import type { Person } from '../../preload/contract';
import { personDetail } from '../actors/lookup';
import { needlesFor, ownRows } from './needles';
import { redactTexts, type Mention } from './redactTexts';

const where: Record<string, string> = {
  meeting: 'Møde', meeting_series: 'Mødeserie', agenda_item: 'Dagsordenspunkt / referat', agenda_attachment: 'Bilag', decision: 'Beslutning',
  action_item: 'Aftale', memo: 'Beslutningsoplæg', memo_version: 'Udsendt version af beslutningsoplæg', memo_link: 'Beslutningsoplæg (henvisning)',
  involvement: 'Inddragelse af en anden aktør', initiative: 'Indsats', initiative_status: 'Indsatsens statushistorik', budget_line: 'Budgetlinje',
  track: 'Spor', goal: 'Mål', measurement: 'Måling', key_figure_value: 'Nøgletal', milestone: 'Årshjul', organisation: 'Organisation',
  person: 'Anden person', body: 'Organ',
  mail_recipient: 'Sendt mail (modtager)', mail_message: 'Sendt mail', meeting_calendar: 'Mødeindkaldelse (tid og sted)',
};

const fieldLabel: Record<string, string> = {
  title: 'Titel', name: 'Navn', place: 'Sted', purpose: 'Formål', notes: 'Noter', description: 'Beskrivelse', minutes: 'Referat', fileName: 'Filnavn',
  text: 'Tekst', what: 'Hvad', recipientName: 'Modtager', author: 'Forfatter', body: 'Indhold', decisionBody: 'Besluttende organ', decisionText: 'Beslutning',
  decisionEffects: 'Beslutningens følger', snapshot: 'Udsendt indhold', label: 'Henvisning', topic: 'Emne', outcome: 'Resultat', note: 'Note',
  fundingSource: 'Finansiering', source: 'Kilde', address: 'Adresse', relationReason: 'Begrundelse for relation',
  email: 'E-mail', subject: 'Emne', error: 'Fejlbesked', signature: 'Tid og sted',
};

/** Search and sort keys repeat the texts above them. */
const DERIVED = new Set(['searchText', 'sortKey']);

/** The text pieces of a JSON column (memo sections, sent versions) that mention the person. */
function jsonLeaves(text: string, regexes: RegExp[]): string[] | null {
  if (!/^[[{]/.test(text.trim())) return null;
  try {
    const leaves: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (regexes.some((r) => new RegExp(r.source, r.flags.replace('g', '')).test(v))) leaves.push(v);
      } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(text));
    return leaves;
  } catch {
    return null;
  }
}

/** The sentence (or line) around each mention, so the export shows what is said without whole documents. */
function excerpt(text: string, regexes: RegExp[]): string {
  const leaves = jsonLeaves(text, regexes);
  if (leaves) return leaves.map((l) => excerpt(l, regexes)).join(' … ');
  const plain = text.replace(/\s+/g, ' ');
  const at = Math.min(...regexes.map((r) => plain.search(new RegExp(r.source, r.flags.replace('g', '')))).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return plain.slice(0, 300);
  const start = Math.max(0, plain.lastIndexOf('. ', at) + 1);
  const endDot = plain.indexOf('. ', at);
  const end = endDot < 0 ? plain.length : endDot + 1;
  return plain.slice(start, Math.min(end, start + 400)).trim();
}

export interface PersonData {
  person: Person;
  meetings: { date: string; title: string; reply: string; attendance: string | null }[];
  presented: { date: string; meeting: string; item: string }[];
  actionItems: { meeting: string; what: string; due: string | null; status: string }[];
  involvements: { date: string; form: string; topic: string; outcome: string | null; automatic: boolean }[];
  initiatives: { name: string; role: string }[];
  stakeholderMap: { influence: number; interest: number; updatedAt: string }[];
  involvementRule: { intervalDays: number } | null;
  retention: { keepUntil: string } | null;
  mentions: { where: string; field: string; text: string }[];
  processing: { at: string; action: string; channel: string }[];
}

async function meetingTitles(m: EntityManager, ids: number[]) {
  const rows = ids.length ? await m.getRepository(MeetingEntity).find({ where: { id: In([...new Set(ids)]) }, select: { id: true, title: true, date: true } }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Everything Samspil holds on one person (Art. 15), read from every feature; nothing on anyone else. */
export async function collectPersonData(m: EntityManager, id: number): Promise<PersonData> {
  const person = await personDetail(m, id);
  const row = (await m.getRepository(PersonEntity).findOneBy({ id }))!;
  const [invites, presented, actions, involvements, initiatives, positions, rule, hold, audit] = await inTurn(
    () => m.getRepository(InviteeEntity).find({ where: { personId: id }, order: { id: 'ASC' } }),
    () => m.getRepository(AgendaItemEntity).find({ where: { presenterId: id }, order: { id: 'ASC' } }),
    () => m.getRepository(ActionItemEntity).find({ where: { ownerPersonId: id }, order: { id: 'ASC' } }),
    () => m.getRepository(InvolvementEntity).find({ where: { actorKind: 'person', actorId: id }, order: { date: 'ASC', id: 'ASC' } }),
    () => m.getRepository(InitiativeEntity).find({ where: { contactPersonId: id }, order: { sortKey: 'ASC' } }),
    () => m.getRepository(StakeholderPositionEntity).find({ where: { actorKind: 'person', actorId: id } }),
    () => m.getRepository(InvolvementRuleEntity).findOneBy({ actorKind: 'person', actorId: id }),
    () => m.getRepository(RetentionHoldEntity).findOneBy({ personId: id }),
    () => m.getRepository(AuditEntity).find({ where: { subject: In([`people:${id}`, `person:${id}`]) }, order: { id: 'ASC' } }));
  const meetings = await meetingTitles(m, [...invites, ...presented, ...actions].map((r) => r.meetingId));
  const needles = needlesFor(row);
  const found = await redactTexts(m, needles, false, ownRows(id));
  return {
    person,
    meetings: invites
      .map((i) => ({ date: meetings.get(i.meetingId)?.date ?? '', title: meetings.get(i.meetingId)?.title ?? '', reply: da.reply[i.reply], attendance: i.attendance ? da.attendance[i.attendance] : null }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    presented: presented.map((p) => ({ date: meetings.get(p.meetingId)?.date ?? '', meeting: meetings.get(p.meetingId)?.title ?? '', item: p.title })),
    actionItems: actions.map((a) => ({ meeting: meetings.get(a.meetingId)?.title ?? '', what: a.what, due: a.dueDate, status: da.actionStatus[a.status] })),
    involvements: involvements.map((i) => ({ date: i.date, form: da.involvementForm[i.form] ?? i.form, topic: i.topic, outcome: i.outcome, automatic: Boolean(i.auto) })),
    initiatives: initiatives.map((i) => ({ name: i.name, role: 'Kontaktperson' })),
    stakeholderMap: positions.map((p) => ({ influence: p.influence, interest: p.interest, updatedAt: p.updatedAt })),
    involvementRule: rule ? { intervalDays: rule.intervalDays } : null,
    retention: hold ? { keepUntil: hold.keepUntil } : null,
    mentions: found.mentions.filter((x) => !DERIVED.has(x.column)).map((x: Mention) => ({ where: where[x.table] ?? x.table, field: fieldLabel[x.column] ?? x.column, text: excerpt(x.text, needles.map((n) => n.regex)) })),
    processing: audit.map((a) => ({ at: a.at, action: a.action, channel: a.channel })),
  };
}
