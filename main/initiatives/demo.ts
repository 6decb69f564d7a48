import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { BudgetLineInput, InitiativeStatus } from '../../preload/contract';
import { addMeasurement, createGoal } from '../goals/goalService';
import { createKeyFigure, setKeyFigureValue } from '../goals/keyFigureService';
import { changeStatus, createInitiative } from './initiativeService';
import { createTargetGroup, createTrack } from './trackService';
import { demoDays } from '../demo/demoDates';
import { todayIso } from '../app/days';

const tracks = [
  ['Grundskolesporet', 'Praktik, brobygning og vejledning i folkeskolen.'],
  ['Virksomhedssporet', 'Garantipartnere, praktikpladser og job til unge.'],
  ['Støttesporet', 'Fraværsteam, ungeguides og mentorer for unge med særlige behov.'],
  ['Vejledningssporet', 'Individuel og kollektiv vejledning, Vejledningscaféen.'],
] as const;

const groups: [string, number, number][] = [['0–12 år', 0, 12], ['12–18 år', 12, 18], ['15–17 år', 15, 17], ['18–25 år', 18, 25], ['18–30 år', 18, 30]];

interface DemoInitiative {
  name: string;
  track: string;
  groups: string[];
  owner?: string;
  partners?: string[];
  contact?: string;
  start?: string;
  end?: string;
  history: [InitiativeStatus, string, string?][];
  budget?: BudgetLineInput[];
  description: string;
}

/** The initiatives, dated from this year (y) and today (day): some running for years, one completed, one new idea. */
function initiativesFrom(y: number, day: (n: number) => string): DemoInitiative[] {
  return [
    {
      name: 'Praktikkoordinator på alle folkeskoler', track: 'Grundskolesporet', groups: ['12–18 år'], owner: 'Børne- og Velfærdsforvaltningen',
      partners: ['Folkeskolerne i Hvidovre', 'UU Center-Syd'], contact: 'Mette Frølund', start: `${y - 2}-08-01`,
      history: [['idea', `${y - 3}-11-02`], ['proposed', `${y - 2}-01-15`, 'Temamøde om praktik'], ['decided', `${y - 2}-03-20`, 'Styregruppen'], ['running', `${y - 2}-08-01`]],
      budget: [{ year: y - 2, amount: 250_000, fundingSource: 'Kommunale midler' }, { year: y - 1, amount: 450_000, fundingSource: 'Kommunale midler' }, { year: y, amount: 450_000, fundingSource: 'Kommunale midler' }],
      description: 'En praktikkoordinator i hvert skoledistrikt sikrer obligatorisk erhvervspraktik i 9. klasse og flere længerevarende praktikker.',
    },
    {
      name: 'Erhvervsmentorkorps', track: 'Virksomhedssporet', groups: ['18–25 år', '18–30 år'], owner: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre',
      partners: ['TEC – Technical Education Copenhagen', 'UU Center-Syd', 'Avedøre Holme Erhvervsforening'], contact: 'Nanna Sørensen', start: `${y - 1}-02-15`, end: `${y + 1}-12-31`,
      history: [['proposed', `${y - 2}-10-01`, 'Oplæg fra Dygtige Unge'], ['decided', `${y - 2}-12-12`, 'Kommunalbestyrelsen'], ['running', `${y - 1}-02-15`, 'Første match']],
      budget: [{ year: y - 1, amount: 133_000, fundingSource: 'Ungepuljen', note: 'Kommunens andel' }, { year: y, amount: 160_000, fundingSource: 'Ungepuljen' }],
      description: 'Frivillige erhvervsledere som mentorer for udsatte unge. 80–100 match om året.',
    },
    {
      name: 'Garantipartnere i lokale virksomheder', track: 'Virksomhedssporet', groups: ['15–17 år', '18–25 år'], owner: 'Avedøre Holme Erhvervsforening',
      partners: ['Hvidovre Hospital'], start: `${y - 2}-01-01`,
      history: [['idea', `${y - 3}-09-01`], ['decided', `${y - 3}-12-05`], ['running', `${y - 2}-01-01`]],
      budget: [{ year: y - 1, amount: 75_000, fundingSource: 'Kommunale midler', note: 'Netværksmøder og markedsføring' }, { year: y, amount: 75_000, fundingSource: 'Kommunale midler' }],
      description: 'Virksomheder forpligter sig til at tage imod unge i job, praktik eller læreplads.',
    },
    {
      name: 'Fraværsteam', track: 'Støttesporet', groups: ['0–12 år', '12–18 år'], owner: 'Børne- og familieafdelingen', start: `${y - 1}-08-01`,
      history: [['idea', `${y - 1}-01-10`], ['proposed', `${y - 1}-03-04`], ['decided', `${y - 1}-06-18`], ['running', `${y - 1}-08-01`]],
      budget: [{ year: y - 1, amount: 300_000, fundingSource: 'Ungepuljen' }, { year: y, amount: 500_000, fundingSource: 'Ungepuljen' }],
      description: 'Tidlig opfølgning på bekymrende skolefravær i samarbejde med skolerne.',
    },
    {
      name: 'Vejledningscafé for unge uden uddannelse', track: 'Vejledningssporet', groups: ['18–25 år'], owner: 'UU Center-Syd', partners: ['VUC Hvidovre/Amager'],
      history: [['idea', day(-120)], ['proposed', day(-30), 'Drøftet på partnerskabsmødet']],
      budget: [{ year: y + 1, amount: 220_000, fundingSource: 'Ansøgt: Ungepuljen' }],
      description: 'Åben vejledning to eftermiddage om ugen på Hvidovre Bibliotek.',
    },
    {
      name: 'Brobygning til erhvervsuddannelserne', track: 'Grundskolesporet', groups: ['12–18 år'], owner: 'TEC – Technical Education Copenhagen', start: `${y - 2}-09-01`, end: `${y - 1}-06-30`,
      history: [['decided', `${y - 2}-05-01`], ['running', `${y - 2}-09-01`], ['completed', `${y - 1}-06-30`, 'Evalueret i styregruppen']],
      budget: [{ year: y - 2, amount: 90_000, fundingSource: 'Kommunale midler' }, { year: y - 1, amount: 90_000, fundingSource: 'Kommunale midler' }],
      description: 'Elever i 8. klasse prøver erhvervsuddannelserne i en uge.',
    },
  ];
}

// The Ungegaranti's key figures (seed 002) as this year's level, with a plausible development over three years.
const keyFigures: [string, string, [number, number, number]][] = [
  ['Grundskolesporet', 'Obligatoriske erhvervspraktikker', [598, 640, 658]],
  ['Grundskolesporet', 'Længerevarende erhvervspraktikker', [96, 112, 121]],
  ['Støttesporet', 'Elever i kontakt med fraværsteamet', [0, 38, 45]],
  ['Støttesporet', 'Unge med tilknyttet Ungeguide', [231, 250, 262]],
  ['Virksomhedssporet', 'Antal garantipartnere', [132, 158, 171]],
  ['Virksomhedssporet', 'Unge i job via Ungegarantien', [88, 104, 116]],
  ['Vejledningssporet', 'Antal individuelle vejledninger', [1_402, 1_488, 1_547]],
  ['Vejledningssporet', 'Unge i Vejledningscaféen', [0, 0, 235]],
];

/** Tracks, initiatives, goals and key figures for the demo partnership; actors are looked up by name. */
export async function loadInitiativeDemo(db: Database, today = todayIso()): Promise<void> {
  const m = db.ds.manager;
  const { year, day } = demoDays(today);
  const initiatives = initiativesFrom(year, day);
  const orgId = new Map((await m.getRepository(OrganisationEntity).find()).map((o) => [o.name, o.id]));
  const personId = new Map((await m.getRepository(PersonEntity).find()).map((p) => [p.name, p.id]));
  const trackId = new Map<string, number>();
  for (const [i, [name, description]] of tracks.entries()) trackId.set(name, (await createTrack(db, { name, description, sortOrder: i })).id);
  const groupId = new Map<string, number>();
  for (const [name, ageFrom, ageTo] of groups) groupId.set(name, (await createTargetGroup(db, { name, ageFrom, ageTo })).id);
  const created = new Map<string, number>();
  for (const d of initiatives) {
    const [first, ...rest] = d.history;
    const ini = await createInitiative(db, {
      status: first![0],
      statusDate: first![1],
      data: {
        name: d.name,
        description: d.description,
        trackId: trackId.get(d.track)!,
        targetGroupIds: d.groups.map((g) => groupId.get(g)!),
        ownerOrganisationId: d.owner ? (orgId.get(d.owner) ?? null) : null,
        partnerOrganisationIds: (d.partners ?? []).map((p) => orgId.get(p)).filter((x): x is number => x !== undefined),
        contactPersonId: d.contact ? (personId.get(d.contact) ?? null) : null,
        startDate: d.start ?? null,
        endDate: d.end ?? null,
        budgetLines: (d.budget ?? []).map((b) => ({ fundingSource: null, note: null, ...b })),
      },
    });
    for (const [status, date, note] of rest) await changeStatus(db, { id: ini.id, status, date, note: note ?? null });
    created.set(d.name, ini.id);
  }

  // Every goal is dated from today, so their statuses stay as written: two on track, two at risk.
  const education = await createGoal(db, {
    name: '95 % af en ungdomsårgang gennemfører en ungdomsuddannelse', description: 'Partnerskabets overordnede resultatmål.', kind: 'result', unit: 'percent',
    direction: 'higher', baselineValue: 85, baselineDate: `${year - 14}-12-31`, targetValue: 95, targetMax: null, targetDate: `${year + 4}-12-31`, initiativeId: null,
  });
  for (const [date, value] of [[`${year - 10}-12-31`, 86.8], [`${year - 7}-12-31`, 88.1], [`${year - 4}-12-31`, 89.9], [`${year - 1}-12-31`, 93.0]] as const) {
    await addMeasurement(db, { goalId: education.id, date, value, source: 'Profilmodellen, Børne- og Undervisningsministeriet', note: null });
  }
  const unemployed = await createGoal(db, {
    name: 'Mindst 40 % af ledige under 25 år starter en uddannelse', description: null, kind: 'result', unit: 'percent', direction: 'higher',
    baselineValue: 31, baselineDate: day(-700), targetValue: 40, targetMax: null, targetDate: day(30), initiativeId: null,
  });
  for (const [days, value] of [[-520, 33.5], [-335, 34.2], [-150, 35.0], [-55, 38.9]] as const) {
    await addMeasurement(db, { goalId: unemployed.id, date: day(days), value, source: 'Jobindsats.dk', note: null });
  }
  const matches = await createGoal(db, {
    name: '80–100 unge matches med en erhvervsmentor om året', description: 'Aftale med Dygtige Unge.', kind: 'effort', unit: 'count', direction: 'higher',
    baselineValue: 0, baselineDate: day(-325), targetValue: 80, targetMax: 100, targetDate: day(40), initiativeId: created.get('Erhvervsmentorkorps')!,
  });
  for (const [days, value] of [[-235, 18], [-145, 41], [-55, 66], [-22, 79]] as const) {
    await addMeasurement(db, { goalId: matches.id, date: day(days), value, source: 'Dygtige Unge', note: null });
  }
  const absence = await createGoal(db, {
    name: 'Bekymrende fravær i udskolingen under 8 %', description: null, kind: 'result', unit: 'percent', direction: 'lower',
    baselineValue: 12.4, baselineDate: day(-510), targetValue: 8, targetMax: null, targetDate: day(220), initiativeId: created.get('Fraværsteam')!,
  });
  for (const [days, value] of [[-330, 11.9], [-22, 9.6]] as const) {
    await addMeasurement(db, { goalId: absence.id, date: day(days), value, source: 'Skolernes fraværsregistrering', note: null });
  }

  for (const [i, [track, name, values]] of keyFigures.entries()) {
    const { id } = await createKeyFigure(db, { trackId: trackId.get(track)!, name, sortOrder: i });
    for (const [k, value] of values.entries()) if (value > 0) await setKeyFigureValue(db, { keyFigureId: id, year: year - 2 + k, value, note: null });
  }
}
