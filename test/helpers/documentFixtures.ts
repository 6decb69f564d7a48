import type { HandlerContext } from '../../main/api/handlers';
import type { MemoInput } from '../../preload/contract';
import { call } from './db';

/** The Funen business-mentor corps (seed 001): 400.000 kr. in 2014 and 480.000 kr. in 2015 over three municipalities. */
export const mentorCorps: MemoInput = {
  title: 'Erhvervsmentorkorps for unge i Faaborg-Midtfyn, Svendborg og Nyborg',
  caseNumber: '17.02.00-P20-3-14',
  recipientKind: 'finance_committee',
  recipientName: null,
  meetingDate: '2014-01-21',
  author: 'Mette Frølund, sekretariatet',
  memoDate: '2014-01-06',
  summary: 'Tre kommuner foreslår et **fælles erhvervsmentorkorps** i et toårigt opstartsforløb 2014–2015.',
  background: 'Mange unge mangler netværk og *branchekendskab*.\n\nKorpset skal:\n- matche 80–100 unge i 2014\n- matche 120 unge i 2015',
  options: [
    { title: 'Fælles korps med Foreningen Nydansker', description: 'Korpset administreres af Dygtige Unge.', pros: '- Lav pris pr. match', cons: '- Binder økonomi i to år' },
    { title: 'Ingen fælles indsats', description: 'Hver kommune fortsætter som i dag.', pros: '', cons: '- Færre unge matches' },
  ],
  economyText: 'Udgiften deles ligeligt mellem de tre kommuner og betales et år forud.',
  economy: {
    columns: ['2014', '2015'],
    rows: [
      { label: 'Faaborg-Midtfyn Kommune', amounts: [133333, 160000] },
      { label: 'Svendborg Kommune', amounts: [133333, 160000] },
      { label: 'Nyborg Kommune', amounts: [133334, 160000] },
    ],
    note: 'Alle beløb er ekskl. moms.',
  },
  consequences: '1. Flere unge kommer i praktik og job\n2. Kommunerne tager stilling til fortsættelse i 2015',
  recommendations: ['erhvervsmentorkorpset etableres som et toårigt opstartsforløb 2014–2015', 'udgiften på 133.333 kr. i 2014 finansieres af ungeindsatsens ramme'],
  attachments: ['Samarbejdsaftale om erhvervsmentorkorps', 'Mål og succeskriterier'],
};

/** A steering-group meeting with timed items, a presenter, minutes, a decision and action items. */
export async function meetingWithMinutes(ctx: HandlerContext) {
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen for erhvervsmentorkorpset', kind: 'steering_group' });
  const org = await call(ctx, 'organisations.create', { name: 'Svendborg Erhvervsskole', kind: 'vocational_college' });
  const jorgen = await call(ctx, 'people.create', { name: 'Jørgen Lærkesen', title: 'Uddannelseschef', organisationId: org.id, email: 'jl@sebe.dk' });
  const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@nyborg.dk' });
  for (const p of [jorgen, aase]) await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
  const meeting = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde om mentorkorpset', type: 'steering_group', bodyId: body.id, date: '2014-03-11', startTime: '13:00', endTime: '15:00', place: 'Nyborg Rådhus, mødelokale 2' } });
  await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: 'Status på matchning af unge', kind: 'orientation', presenterId: jorgen.id, durationMinutes: 30, description: 'Foreningen Nydansker orienterer om de første 40 match.' } });
  const full = await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: 'Fordeling af udgiften 2015', kind: 'decision', durationMinutes: 40, description: 'Forslag: 160.000 kr. pr. kommune i 2015.' } });
  const item = full.items.find((i) => i.title === 'Fordeling af udgiften 2015')!;
  await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: 'Styregruppen drøftede fordelingen; Åse Kjærgaard foreslog lige deling.' });
  await call(ctx, 'decisions.add', { meetingId: meeting.id, itemId: item.id, text: 'Udgiften på 480.000 kr. i 2015 deles ligeligt: 160.000 kr. pr. kommune.' });
  await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: item.id, what: 'Indstilling til Økonomiudvalget om 2015', ownerPersonId: aase.id, dueDate: '2014-04-01' });
  return { meeting, item, jorgen, aase };
}
