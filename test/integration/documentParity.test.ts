import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { docxRoundTrip } from '../helpers/docx';
import { pdfText } from '../helpers/pdf';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sections of a text in the order they occur: every whole-word occurrence of every marker, by position.
 * A marker inside a longer one found at the same place is not counted twice; case aside (a kicker is set in capitals).
 */
function sections(text: string, markers: string[]): string[] {
  const hits: { at: number; end: number; marker: string }[] = [];
  for (const marker of markers) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escape(marker)}(?![\\p{L}\\d])`, 'giu'))) hits.push({ at: m.index, end: m.index + marker.length, marker });
  }
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: typeof hits = [];
  for (const h of hits) if (!out.some((o) => h.at >= o.at && h.end <= o.end)) out.push(h);
  return out.map((h) => h.marker);
}

/** A steering-group meeting with every kind of section: follow-up from the last meeting, a break, an overrun, attendance, decisions and action items with and without an item. */
async function fullMeeting(ctx: HandlerContext) {
  await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen for erhvervsmentorkorpset', kind: 'steering_group' });
  const jorgen = await call(ctx, 'people.create', { name: 'Jørgen Lærkesen', title: 'Uddannelseschef' });
  const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
  for (const p of [jorgen, aase]) await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
  const earlier = await call(ctx, 'meetings.create', { data: { title: 'Første styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2014-01-14', startTime: '13:00', endTime: '15:00' } });
  await call(ctx, 'actionItems.add', { meetingId: earlier.id, what: 'Aftale med Nydansker', ownerPersonId: jorgen.id, dueDate: '2014-02-28' });
  const m = await call(ctx, 'meetings.create', {
    data: { title: 'Styregruppemøde om mentorkorpset', type: 'steering_group', bodyId: body.id, date: '2014-03-11', startTime: '13:00', endTime: '14:00', place: 'Nyborg Rådhus, mødelokale 2', purpose: 'Fordeling af udgiften for 2015' },
    standardItems: true,
  });
  await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Status på matchning af unge', kind: 'orientation', presenterId: jorgen.id, durationMinutes: 30, description: 'De første 40 match.' } });
  await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Kaffepause', isBreak: true, durationMinutes: 15 } });
  const full = await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Fordeling af udgiften 2015', kind: 'decision', durationMinutes: 40, description: 'Forslag: 160.000 kr. pr. kommune.' } });
  const item = full.items.find((i) => i.title === 'Fordeling af udgiften 2015')!;
  await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: 'Styregruppen drøftede fordelingen.' });
  await call(ctx, 'decisions.add', { meetingId: m.id, itemId: item.id, text: 'Udgiften deles ligeligt.' });
  await call(ctx, 'actionItems.add', { meetingId: m.id, itemId: item.id, what: 'Indstilling til Økonomiudvalget', ownerPersonId: aase.id, dueDate: '2014-04-01' });
  await call(ctx, 'decisions.add', { meetingId: m.id, itemId: null, text: 'Næste møde holdes i Faaborg.' });
  const invited = await call(ctx, 'invitees.add', { meetingId: m.id, bodyId: body.id });
  for (const inv of invited.invitees) {
    await call(ctx, 'invitees.update', { id: inv.id, reply: inv.name === 'Åse Kjærgaard' ? 'declined' : 'accepted', attendance: inv.name === 'Åse Kjærgaard' ? null : 'present' });
  }
  const meeting = await call(ctx, 'meetings.get', { id: m.id });
  expect(meeting.overrunMinutes).toBeGreaterThan(0);
  expect(meeting.followUp).toHaveLength(1);
  return meeting;
}

const items = ['1. Godkendelse af dagsorden', '2. Opfølgning på referat fra sidste møde', '3. Status på matchning af unge', 'Kaffepause', '4. Fordeling af udgiften 2015', '5. Eventuelt'];
const header = ['STYREGRUPPEN FOR ERHVERVSMENTORKORPSET', 'Mødetype', 'Dato', 'Tidspunkt', 'Tidsplan', 'Sted', 'Formål'];
const followUp = ['Aftale med Nydansker', 'Fra mødet'];
const DA = {
  agenda: [...header, 'Dagsorden: Styregruppemøde om mentorkorpset', 'Inviterede', 'Afbud', ...items, ...followUp, 'De første 40 match.', 'Forslag: 160.000 kr. pr. kommune.', 'Orientering', 'Beslutning'],
  minutes: [...header, 'Referat: Styregruppemøde om mentorkorpset', 'Til stede', 'Afbud', ...items, ...followUp, 'Intet at referere.', 'Styregruppen drøftede fordelingen.', 'Beslutning', 'Udgiften deles ligeligt.', 'Aftaler', 'Indstilling til Økonomiudvalget', 'Øvrige beslutninger og aftaler', 'Næste møde holdes i Faaborg.', 'Referatet er et udkast og er endnu ikke godkendt.'],
};
const EN_MINUTES = ['Styregruppen for erhvervsmentorkorpset', 'Minutes: Styregruppemøde om mentorkorpset', 'Meeting type', 'Date', 'Time', 'Timing', 'Place', 'Purpose', 'Present', 'Apologies', '1. Approval of the agenda', '2. Follow-up on the minutes of the last meeting', '3. Status på matchning af unge', 'Kaffepause', '4. Fordeling af udgiften 2015', '5. Any other business', 'From meeting', 'Nothing to record.', 'Decision', 'Action items', 'Other decisions and action items', 'The minutes are a draft and not yet approved.'];

describe('the PDF and the Word version of a meeting document come from the same blocks', () => {
  it('agenda and minutes: the PDF text and the .docx text (LibreOffice) have the same sections in the same order, in Danish and English', async () => {
    const ctx = ctxOf(await memoryDb());
    const meeting = await fullMeeting(ctx);
    const cases = [
      { pdf: 'meetings.agendaPdf', docx: 'meetings.agendaDocx', language: 'da', markers: DA.agenda },
      { pdf: 'meetings.minutesPdf', docx: 'meetings.minutesDocx', language: 'da', markers: DA.minutes },
      { pdf: 'meetings.minutesPdf', docx: 'meetings.minutesDocx', language: 'en', markers: EN_MINUTES },
    ] as const;
    for (const c of cases) {
      const input = { id: meeting.id, language: c.language };
      // Layout mode reads the page line by line, as a reader does: an item's time right of its heading stays on its line.
      const pdf = flat(pdfText(await call(ctx, c.pdf, input), { layout: true }));
      const word = flat(docxRoundTrip(await call(ctx, c.docx, input)).text);
      const fromPdf = sections(pdf, [...c.markers]);
      const fromWord = sections(word, [...c.markers]);
      // Every marker is there (a section missing from both would otherwise pass), and both say them in the same order.
      for (const marker of c.markers) expect(fromPdf, `${c.pdf} ${c.language}: ${marker}`).toContain(marker);
      expect(fromWord, `${c.docx} ${c.language} against the PDF`).toEqual(fromPdf);
    }
  }, 300_000);
});
