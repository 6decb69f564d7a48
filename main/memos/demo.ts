import type { Database } from '../../db/database';
import { PersonEntity } from '../../db/entities/actors';
import type { MemoInput } from '../../preload/contract';
import { memoInput } from '../../preload/contract';
import { decideMemo, sendMemo } from './lifecycle';
import { addMemoLink } from './linkService';
import { createMemo, setMemoStatus, updateMemo } from './memoService';

/** Hvidovre's plan (seed 000): the council decides on the partnership's proposals in September. */
const councilMemo: Omit<MemoInput, 'author'> = {
  title: 'Ungepartnerskabets forslag til indsatser 2013–2015',
  caseNumber: '17.00.00-A00-2-13',
  recipientKind: 'city_council',
  recipientName: null,
  meetingDate: '2013-09-24',
  memoDate: '2013-08-26',
  summary:
    'Ungepartnerskabet har på en opstarts-workshop og to temamøder fundet frem til **tre indsatser**, der skal bringe Hvidovre tættere på målet om, at *95 % af en ungdomsårgang* gennemfører en ungdomsuddannelse.',
  background:
    'I Hvidovre gennemfører ca. 85 % af alle unge en ungdomsuddannelse. Kommunalbestyrelsen besluttede med budget 2013 at etablere et ungepartnerskab.\n\nPartnerskabet har holdt:\n- en halvdags opstarts-workshop i marts\n- temamøder i april og juni\n\nSekretariatet har samlet forslagene i dette oplæg.',
  options: [
    { title: 'Alle tre indsatser sættes i gang', description: 'Praktikpladsgaranti, brobygning og mentorordning fra 1. januar 2014.', pros: '- Størst effekt på gennemførelsen\n- Partnerne har selv udviklet indsatserne', cons: '- Kræver ekstra midler i 2014 og 2015' },
    { title: 'Trinvis opstart', description: 'Mentorordningen starter i 2014, de to øvrige indsatser i 2015.', pros: '- Lavere udgift i 2014', cons: '- Effekten kommer senere\n- Risiko for at partnerne mister ejerskab' },
  ],
  economyText: 'Udgifterne finansieres af puljen til ungeindsatsen og af partnernes egne bidrag.',
  economy: {
    columns: ['2014', '2015'],
    rows: [
      { label: 'Praktikpladsgaranti', amounts: [250000, 250000] },
      { label: 'Brobygning 8.–10. klasse', amounts: [180000, 200000] },
      { label: 'Mentorordning', amounts: [150000, 160000] },
    ],
    note: 'Alle beløb i kr. ekskl. moms.',
  },
  consequences: 'Indsatserne følges i den årlige statusrapport med nøgletal for hvert spor.',
  recommendations: ['Kommunalbestyrelsen godkender de tre indsatser', 'udgiften på 580.000 kr. i 2014 og 610.000 kr. i 2015 finansieres af puljen til ungeindsatsen', 'Ungepartnerskabet afrapporterer status én gang årligt'],
  attachments: ['Udmøntningsplan for Ungepartnerskabet', 'Referat af temamøderne i april og juni'],
};

/** Funen's business-mentor corps (seed 001): 400.000 kr. in 2014 and 480.000 kr. in 2015 over three municipalities. */
const mentorMemo: Omit<MemoInput, 'author'> = {
  title: 'Fælles erhvervsmentorkorps med Faaborg-Midtfyn, Svendborg og Nyborg',
  caseNumber: '15.20.00-P20-1-14',
  recipientKind: 'finance_committee',
  recipientName: null,
  meetingDate: '2014-01-21',
  memoDate: '2014-01-06',
  summary: 'Tre kommuner foreslår et **fælles erhvervsmentorkorps** i et toårigt opstartsforløb 2014–2015, administreret af Foreningen Nydansker (Dygtige Unge).',
  background: 'Mange unge mangler netværk og *branchekendskab*. Korpset matcher unge med frivillige erhvervsmentorer.\n\nMål:\n1. 80–100 unge matches i 2014\n2. 120 unge matches i 2015\n3. 85 % af de unge kommer positivt videre',
  options: [{ title: 'Fælles korps med Foreningen Nydansker', description: 'Korpset administreres af Dygtige Unge på non-profit vilkår.', pros: '- Lav pris pr. match', cons: '- Binder økonomi i to år' }],
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
  consequences: 'Kommunerne tager stilling til en fortsættelse efter 2015.',
  recommendations: ['erhvervsmentorkorpset etableres som et toårigt opstartsforløb 2014–2015', 'udgiften finansieres af ungeindsatsens ramme'],
  attachments: ['Samarbejdsaftale om erhvervsmentorkorps'],
};

const praktikMemo: Omit<MemoInput, 'author'> = {
  title: 'Orientering om praktikpladsaftaler med lokale virksomheder',
  caseNumber: null,
  recipientKind: 'standing_committee',
  recipientName: 'Børne- og Undervisningsudvalget',
  meetingDate: '2013-06-12',
  memoDate: '2013-05-28',
  summary: 'Udvalget orienteres om de første *praktikpladsaftaler* fra arbejdsgruppen for praktikpladser.',
  recommendations: ['orienteringen tages til efterretning'],
};

/** Three memos through their life: one decided, one awaiting the finance committee, one draft for September. */
export async function loadMemoDemo(db: Database): Promise<void> {
  // The secretariat coordinator from the actor register writes the memos.
  const coordinator = await db.ds.manager.getRepository(PersonEntity).findOneBy({ name: 'Mette Frølund' });
  const author = coordinator ? [coordinator.name, coordinator.title].filter(Boolean).join(', ') : 'Sekretariatet';
  const parse = (m: Omit<MemoInput, 'author'>) => memoInput.parse({ ...m, author });

  const praktik = await createMemo(db, parse(praktikMemo));
  await sendMemo(db, praktik.id, '2013-05-30');
  await decideMemo(db, praktik.id, { date: '2013-06-12', body: 'Børne- og Undervisningsudvalget', outcome: 'approved', text: 'Orienteringen blev taget til efterretning.' });

  const mentor = await createMemo(db, parse(mentorMemo));
  await sendMemo(db, mentor.id, '2014-01-07');
  await updateMemo(db, mentor.id, parse({ ...mentorMemo, recommendations: [...mentorMemo.recommendations!, 'styregruppen følger op på målene hver anden måned'] }));
  await sendMemo(db, mentor.id, '2014-01-10');

  const council = await createMemo(db, parse(councilMemo));
  await setMemoStatus(db, council.id, 'review');
}

/** After the meetings are loaded: the mentor memo builds on the first steering group meeting (links only reach live objects). */
export async function linkMemoDemo(db: Database): Promise<void> {
  const [memo] = await db.ds.query(`SELECT id FROM memo WHERE title LIKE 'Fælles erhvervsmentorkorps%' ORDER BY id LIMIT 1`);
  const [meeting] = await db.ds.query(`SELECT id, title FROM meeting WHERE type = 'steering_group' AND deleted_at IS NULL ORDER BY date, id LIMIT 1`);
  if (memo && meeting) await addMemoLink(db, { memoId: Number(memo.id), targetKind: 'meeting', targetId: Number(meeting.id), label: String(meeting.title) });
}
