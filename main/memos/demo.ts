import type { Database } from '../../db/database';
import { PersonEntity } from '../../db/entities/actors';
import type { MemoInput } from '../../preload/contract';
import { memoInput } from '../../preload/contract';
import { decideMemo, sendMemo } from './lifecycle';
import { addMemoLink } from './linkService';
import { createMemo, setMemoStatus, updateMemo } from './memoService';
import { demoDays, monthDa, type DemoDays } from '../demo/demoDates';
import { todayIso } from '../app/days';

/** Hvidovre's plan (seed 000): the council decides on the partnership's proposals after the theme meetings. */
function councilMemo(d: DemoDays): Omit<MemoInput, 'author'> {
  const y = d.year;
  return {
    title: `Ungepartnerskabets forslag til indsatser ${y + 1}–${y + 2}`,
    caseNumber: `17.00.00-A00-2-${String(y).slice(2)}`,
    recipientKind: 'city_council',
    recipientName: null,
    meetingDate: d.week(6, 1),
    memoDate: d.week(-1, 0),
    summary:
      'Ungepartnerskabet har på en opstarts-workshop og to temamøder fundet frem til **tre indsatser**, der skal bringe Hvidovre tættere på målet om, at *95 % af en ungdomsårgang* gennemfører en ungdomsuddannelse.',
    background:
      `I Hvidovre gennemfører ca. 85 % af alle unge en ungdomsuddannelse. Kommunalbestyrelsen besluttede med budget ${y} at etablere et ungepartnerskab.\n\nPartnerskabet har holdt:\n- en halvdags opstarts-workshop i ${monthDa(d.week(-30, 1))}\n- temamøder i ${monthDa(d.week(-24, 1))} og ${monthDa(d.week(-14, 2))}\n\nSekretariatet har samlet forslagene i dette oplæg.`,
    options: [
      { title: 'Alle tre indsatser sættes i gang', description: `Praktikpladsgaranti, brobygning og vejledningscafé fra 1. januar ${y + 1}.`, pros: '- Størst effekt på gennemførelsen\n- Partnerne har selv udviklet indsatserne', cons: `- Kræver ekstra midler i ${y + 1} og ${y + 2}` },
      { title: 'Trinvis opstart', description: `Vejledningscaféen starter i ${y + 1}, de to øvrige indsatser i ${y + 2}.`, pros: `- Lavere udgift i ${y + 1}`, cons: '- Effekten kommer senere\n- Risiko for at partnerne mister ejerskab' },
    ],
    economyText: 'Udgifterne finansieres af puljen til ungeindsatsen og af partnernes egne bidrag.',
    economy: {
      columns: [String(y + 1), String(y + 2)],
      rows: [
        { label: 'Praktikpladsgaranti', amounts: [250000, 250000] },
        { label: 'Brobygning 8.–10. klasse', amounts: [180000, 200000] },
        { label: 'Vejledningscafé', amounts: [150000, 160000] },
      ],
      note: 'Alle beløb i kr. ekskl. moms.',
    },
    consequences: 'Indsatserne følges i den årlige statusrapport med nøgletal for hvert spor.',
    recommendations: ['Kommunalbestyrelsen godkender de tre indsatser', `udgiften på 580.000 kr. i ${y + 1} og 610.000 kr. i ${y + 2} finansieres af puljen til ungeindsatsen`, 'Ungepartnerskabet afrapporterer status én gang årligt'],
    attachments: ['Udmøntningsplan for Ungepartnerskabet', 'Referat af temamøde 1 og 2'],
  };
}

/** A business-mentor corps as in seed 001, here for Hvidovre alone: the municipality, the job centre and local companies share the cost. */
function mentorMemo(d: DemoDays): Omit<MemoInput, 'author'> {
  const y = d.year;
  return {
    title: 'Erhvervsmentorkorps for unge i Hvidovre',
    caseNumber: `15.20.00-P20-1-${String(y).slice(2)}`,
    recipientKind: 'finance_committee',
    recipientName: null,
    meetingDate: d.week(1, 1),
    memoDate: d.week(-3, 0),
    summary: `Ungepartnerskabet foreslår et **erhvervsmentorkorps** i et toårigt forløb ${y + 1}–${y + 2}, administreret af Foreningen Nydansker (Dygtige Unge).`,
    background: `Mange unge mangler netværk og *branchekendskab*. Korpset matcher unge med frivillige erhvervsmentorer fra virksomhederne i Hvidovre og på Avedøre Holme.\n\nMål:\n1. 80–100 unge matches i ${y + 1}\n2. 120 unge matches i ${y + 2}\n3. 85 % af de unge kommer positivt videre`,
    options: [{ title: 'Korps med Foreningen Nydansker', description: 'Korpset administreres af Dygtige Unge på non-profit vilkår.', pros: '- Lav pris pr. match', cons: '- Binder økonomi i to år' }],
    economyText: 'Udgiften deles mellem kommunen, jobcentret og erhvervsforeningen og betales et år forud.',
    economy: {
      columns: [String(y + 1), String(y + 2)],
      rows: [
        { label: 'Ungepuljen, Hvidovre Kommune', amounts: [133333, 160000] },
        { label: 'Jobcenter Hvidovre', amounts: [133333, 160000] },
        { label: 'Avedøre Holme Erhvervsforening', amounts: [133334, 160000] },
      ],
      note: 'Alle beløb er ekskl. moms.',
    },
    consequences: `Kommunalbestyrelsen tager stilling til en fortsættelse efter ${y + 2}.`,
    recommendations: [`erhvervsmentorkorpset etableres som et toårigt forløb ${y + 1}–${y + 2}`, 'udgiften finansieres af ungeindsatsens ramme'],
    attachments: ['Samarbejdsaftale om erhvervsmentorkorps'],
  };
}

function praktikMemo(d: DemoDays): Omit<MemoInput, 'author'> {
  return {
    title: 'Orientering om praktikpladsaftaler med lokale virksomheder',
    caseNumber: null,
    recipientKind: 'standing_committee',
    recipientName: 'Børne- og Undervisningsudvalget',
    meetingDate: d.week(-7, 2),
    memoDate: d.week(-9, 0),
    summary: 'Udvalget orienteres om de første *praktikpladsaftaler* fra arbejdsgruppen for praktikpladser.',
    recommendations: ['orienteringen tages til efterretning'],
  };
}

/** Three memos through their life, dated from today: one decided last month, one awaiting the finance committee next week, one in review. */
export async function loadMemoDemo(db: Database, today = todayIso()): Promise<void> {
  const d = demoDays(today);
  // The secretariat coordinator from the actor register writes the memos.
  const coordinator = await db.ds.manager.getRepository(PersonEntity).findOneBy({ name: 'Mette Frølund' });
  const author = coordinator ? [coordinator.name, coordinator.title].filter(Boolean).join(', ') : 'Sekretariatet';
  const parse = (m: Omit<MemoInput, 'author'>) => memoInput.parse({ ...m, author });

  const praktik = await createMemo(db, parse(praktikMemo(d)));
  await sendMemo(db, praktik.id, d.week(-9, 2));
  await decideMemo(db, praktik.id, { date: d.week(-7, 2), body: 'Børne- og Undervisningsudvalget', outcome: 'approved', text: 'Orienteringen blev taget til efterretning.' });

  const mentorInput = mentorMemo(d);
  const mentor = await createMemo(db, parse(mentorInput));
  await sendMemo(db, mentor.id, d.week(-3, 1));
  await updateMemo(db, mentor.id, parse({ ...mentorInput, recommendations: [...mentorInput.recommendations!, 'styregruppen følger op på målene hver anden måned'] }));
  await sendMemo(db, mentor.id, d.week(-2, 3));

  const council = await createMemo(db, parse(councilMemo(d)));
  await setMemoStatus(db, council.id, 'review');
}

/** After the meetings are loaded: the mentor memo builds on the first steering group meeting (links only reach live objects). */
export async function linkMemoDemo(db: Database): Promise<void> {
  const [memo] = await db.ds.query(`SELECT id FROM memo WHERE title LIKE 'Erhvervsmentorkorps for unge%' ORDER BY id LIMIT 1`);
  const [meeting] = await db.ds.query(`SELECT id, title FROM meeting WHERE type = 'steering_group' AND deleted_at IS NULL ORDER BY date, id LIMIT 1`);
  if (memo && meeting) await addMemoLink(db, { memoId: Number(memo.id), targetKind: 'meeting', targetId: Number(meeting.id), label: String(meeting.title) });
}
