import type { BodyKind, ItemKind, MeetingType } from '../../../preload/contract';
import { hhmm, minutesOfDay } from '../../../preload/contract';
import { insertMeetings, type BulkMeeting } from '../../../main/meetings/bulkInsert';
import { STANDARD_ITEMS } from '../../../main/meetings/meetingService';
import type { GenPart } from './part';
import type { Rng } from './random';
import { countsFor } from './sizes';
import { actionTexts, decisionTexts, fill, itemTitle, meetingTitles, minutesText, places, themes } from './texts';

const BATCH = 500; // meetings per transaction
export const FIRST_DAY = Date.parse('2021-01-04T12:00:00Z');
export const LAST_DAY = Date.parse('2027-01-29T12:00:00Z');
const WORLD_TODAY = '2026-11-02';
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => iso(Date.parse(`${date}T12:00:00Z`) + days * DAY);

const typesByBody: Record<BodyKind, readonly (readonly [MeetingType, number])[]> = {
  partnership: [['partnership_meeting', 6], ['theme_meeting', 3], ['kickoff_workshop', 1]],
  steering_group: [['steering_group', 1]],
  advisory_board: [['advisory_board', 1]],
  network: [['network_meeting', 5], ['study_visit', 1]],
  working_group: [['other', 3], ['theme_meeting', 2]],
  other: [['other', 1]],
};

function weekday(rng: Rng): string {
  for (;;) {
    const t = FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY;
    const d = new Date(t).getUTCDay();
    if (d >= 1 && d <= 4) return iso(t);
  }
}

/** Drops the "Opfølgning på referat" item and renumbers what pointed past it (decisions and action items by index). */
function withoutFollowUp(x: BulkMeeting): void {
  const at = x.items.findIndex((it) => it.standard === 'followup');
  if (at < 0) return;
  x.items.splice(at, 1);
  const shift = (i: number | null) => (i === null ? null : i > at ? i - 1 : i === at ? null : i);
  x.decisions = x.decisions.map((d) => ({ ...d, item: shift(d.item) }));
  x.actions = x.actions.map((a) => ({ ...a, item: shift(a.item) }));
}

/** 5,000 meetings over six years in the generated bodies: agendas with minutes, invitees, decisions, action items. */
export const meetingsPart: GenPart = {
  name: 'meetings',
  async run(ctx) {
    const { db, rng, stamp, refs } = ctx;
    const n = countsFor(ctx.size, ['meetings', 'agendaItems', 'actionItems']);
    const bodies: { id: number; kind: BodyKind }[] = await db.ds.query('SELECT id, kind FROM body WHERE deleted_at IS NULL ORDER BY id');
    const members = new Map<number, number[]>(bodies.map((b) => [b.id, []]));
    for (const r of (await db.ds.query('SELECT m.body_id, m.person_id FROM membership m JOIN person p ON p.id = m.person_id WHERE p.deleted_at IS NULL ORDER BY m.id')) as { body_id: number; person_id: number }[]) {
      members.get(r.body_id)?.push(r.person_id);
    }
    const livePeople: number[] = (await db.ds.query('SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    const liveOrgs: number[] = (await db.ds.query('SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    const bodyWeights = bodies.map((b, i) => [b, i < 3 ? [6, 5, 1][i]! : 1] as const);
    const contentAvg = Math.max(2, n.agendaItems / n.meetings - 3);
    const actionsAvg = n.actionItems / (n.meetings * 0.97);

    const all: BulkMeeting[] = [];
    for (let k = 0; k < n.meetings; k++) {
      const body = rng.weighted(bodyWeights);
      const type = rng.weighted(typesByBody[body.kind]);
      // The first meeting is the yearly partnership meeting with a long agenda: the busiest one to print.
      const busiest = k === 0;
      const date = busiest ? '2026-03-10' : weekday(rng);
      const held = date < WORLD_TODAY;
      const start = rng.pick(['08:30', '09:00', '10:00', '13:00', '14:00', '15:00']);
      const theme = rng.pick(themes);
      const title = rng.pick(meetingTitles[type]).replace('{theme}', theme).replace('{town}', rng.pick(['Køge', 'Ærøskøbing', 'Brøndby', 'Næstved']));

      const pool = members.get(body.id)!;
      const wanted = Math.min(busiest ? 40 : rng.int(6, 22), pool.length + 10);
      const people = new Set<number>();
      for (let tries = 0; people.size < wanted && tries < wanted * 4; tries++) people.add(pool.length && rng.chance(0.85) ? rng.pick(pool) : rng.pick(livePeople));
      const invitees: BulkMeeting['invitees'] = [...people].map((personId) => {
        const reply = rng.weighted([['accepted', 70], ['declined', 15], ['no_reply', 15]] as const);
        const attendance = !held ? null : reply === 'accepted' ? (rng.chance(0.92) ? 'present' : 'absent') : reply === 'declined' ? 'regrets' : null;
        return { personId, organisationId: null, reply: held || reply !== 'accepted' ? reply : rng.chance(0.5) ? 'accepted' : 'invited', attendance };
      });
      if (rng.chance(0.2)) invitees.push({ personId: null, organisationId: rng.pick(liveOrgs), reply: 'accepted', attendance: held ? 'present' : null });
      const presenters = invitees.filter((i) => i.personId !== null && i.attendance !== 'regrets').map((i) => i.personId!);

      const items: BulkMeeting['items'] = [{ ...STANDARD_ITEMS.approval, isBreak: false, standard: 'approval', presenterId: null, description: null, minutes: held && rng.chance(0.5) ? 'Dagsordenen blev godkendt.' : null }];
      items.push({ ...STANDARD_ITEMS.followup, isBreak: false, standard: 'followup', presenterId: null, description: null, minutes: held && rng.chance(0.6) ? minutesText(rng) : null });
      const content = busiest ? 36 : rng.int(Math.max(1, Math.round(contentAvg) - 5), Math.round(contentAvg) + 5);
      for (let i = 0; i < content; i++) {
        if (i > 0 && i % 6 === 0 && rng.chance(0.5)) {
          items.push({ isBreak: true, standard: null, title: 'Pause', kind: 'orientation', presenterId: null, durationMinutes: 15, description: null, minutes: null });
          continue;
        }
        const kind = rng.weighted<ItemKind>([['orientation', 5], ['discussion', 3], ['decision', 2]]);
        items.push({
          isBreak: false, standard: null, title: itemTitle(rng), kind, presenterId: presenters.length && rng.chance(0.6) ? rng.pick(presenters) : null,
          durationMinutes: rng.pick([10, 15, 20, 20, 30, 45]), description: rng.chance(0.5) ? `Bilag udsendt. ${minutesText(rng)}` : null,
          minutes: held && rng.chance(0.85) ? minutesText(rng) : null,
        });
      }
      items.push({ ...STANDARD_ITEMS.aob, isBreak: false, standard: 'aob', presenterId: null, description: null, minutes: held && rng.chance(0.3) ? 'Intet.' : null });
      const total = items.reduce((s, it) => s + it.durationMinutes, 0);
      const end = hhmm(Math.min(minutesOfDay(start) + Math.max(60, Math.ceil(total / 30) * 30), 23 * 60));

      const decisions: BulkMeeting['decisions'] = [];
      const actions: BulkMeeting['actions'] = [];
      if (held) {
        items.forEach((it, i) => { if (it.kind === 'decision' && !it.isBreak) decisions.push({ item: i, text: fill(rng, rng.pick(decisionTexts)) }); });
        const count = busiest ? 30 : rng.int(0, Math.round(actionsAvg * 2));
        for (let a = 0; a < count; a++) {
          const item = rng.int(2, items.length - 2);
          const due = addDays(date, rng.int(14, 90));
          const old = due < addDays(WORLD_TODAY, -30);
          const status = old ? rng.weighted([['done', 85], ['dropped', 5], ['open', 10]] as const) : rng.weighted([['open', 80], ['done', 20]] as const);
          const owner = rng.weighted([['person', 85], ['org', 5], ['none', 10]] as const);
          actions.push({
            item: items[item]!.isBreak ? null : item, what: fill(rng, rng.pick(actionTexts)),
            ownerPersonId: owner === 'person' && presenters.length ? rng.pick(presenters) : null, ownerOrganisationId: owner === 'org' ? rng.pick(liveOrgs) : null,
            dueDate: due, status, doneDate: status === 'done' ? (due < WORLD_TODAY ? addDays(due, -rng.int(0, 10)) : addDays(date, rng.int(1, 10))) : null,
          });
        }
      }
      const status = !held ? (rng.chance(0.6) ? 'invited' : 'planned') : date < addDays(WORLD_TODAY, -60) ? 'minutes_approved' : 'held';
      all.push({
        data: {
          title, type, bodyId: body.id, date, startTime: start, endTime: end, place: rng.pick(places), onlineLink: null,
          purpose: rng.chance(0.6) ? `Formålet med mødet er at drøfte ${theme} og aftale de næste skridt.` : null, notes: null, followsUpMeetingId: null,
        },
        status, minutesStatus: status === 'minutes_approved' ? 'approved' : 'draft', items, invitees, decisions, actions,
      });
    }
    // As the app writes them: a body's first meeting (earliest date, then the first written) has nothing to follow up.
    const first = new Map<number, BulkMeeting>();
    for (const x of all) {
      const seen = first.get(x.data.bodyId!);
      if (!seen || x.data.date < seen.data.date) first.set(x.data.bodyId!, x);
    }
    for (const x of first.values()) withoutFollowUp(x);
    const meetingIds: number[] = [];
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      meetingIds.push(...(await db.tx((m) => insertMeetings(m, batch, stamp))));
    }
    refs.meetingIds = meetingIds;
    const sum = (f: (x: BulkMeeting) => number) => all.reduce((n, x) => n + f(x), 0);
    return { meetings: meetingIds.length, agendaItems: sum((x) => x.items.length), decisions: sum((x) => x.decisions.length), actionItems: sum((x) => x.actions.length), invitees: sum((x) => x.invitees.length) };
  },
};
