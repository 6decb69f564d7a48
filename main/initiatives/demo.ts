import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { BudgetLineInput, InitiativeStatus } from '../../preload/contract';
import { addMeasurement, createGoal } from '../goals/goalService';
import { createKeyFigure, setKeyFigureValue } from '../goals/keyFigureService';
import { changeStatus, createInitiative } from './initiativeService';
import { createTargetGroup, createTrack } from './trackService';
import { activeClock } from '../app/clock';

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

const initiatives: DemoInitiative[] = [
  {
    name: 'Praktikkoordinator på alle folkeskoler', track: 'Grundskolesporet', groups: ['12–18 år'], owner: 'Børne- og Velfærdsforvaltningen',
    partners: ['Folkeskolerne i Hvidovre', 'UU Center-Syd'], contact: 'Mette Frølund', start: '2024-08-01',
    history: [['idea', '2023-11-02'], ['proposed', '2024-01-15', 'Temamøde om praktik'], ['decided', '2024-03-20', 'Styregruppen'], ['running', '2024-08-01']],
    budget: [{ year: 2024, amount: 250_000, fundingSource: 'Kommunale midler' }, { year: 2025, amount: 450_000, fundingSource: 'Kommunale midler' }, { year: 2026, amount: 450_000, fundingSource: 'Kommunale midler' }],
    description: 'En praktikkoordinator i hvert skoledistrikt sikrer obligatorisk erhvervspraktik i 9. klasse og flere længerevarende praktikker.',
  },
  {
    name: 'Erhvervsmentorkorps', track: 'Virksomhedssporet', groups: ['18–25 år', '18–30 år'], owner: 'Arbejdsmarkedsafdelingen – Jobcenter Hvidovre',
    partners: ['TEC – Technical Education Copenhagen', 'UU Center-Syd', 'Avedøre Holme Erhvervsforening'], contact: 'Nanna Sørensen', start: '2025-02-15', end: '2026-12-31',
    history: [['proposed', '2024-10-01', 'Oplæg fra Dygtige Unge'], ['decided', '2024-12-12', 'Byrådet'], ['running', '2025-02-15', 'Første match']],
    budget: [{ year: 2025, amount: 133_000, fundingSource: 'Ungepuljen', note: 'Kommunens andel' }, { year: 2026, amount: 160_000, fundingSource: 'Ungepuljen' }],
    description: 'Frivillige erhvervsledere som mentorer for udsatte unge. 80–100 match i det første år.',
  },
  {
    name: 'Garantipartnere i lokale virksomheder', track: 'Virksomhedssporet', groups: ['15–17 år', '18–25 år'], owner: 'Avedøre Holme Erhvervsforening',
    partners: ['Hvidovre Hospital'], start: '2024-01-01',
    history: [['idea', '2023-09-01'], ['decided', '2023-12-05'], ['running', '2024-01-01']],
    budget: [{ year: 2025, amount: 75_000, fundingSource: 'Kommunale midler', note: 'Netværksmøder og markedsføring' }, { year: 2026, amount: 75_000, fundingSource: 'Kommunale midler' }],
    description: 'Virksomheder forpligter sig til at tage imod unge i job, praktik eller læreplads.',
  },
  {
    name: 'Fraværsteam', track: 'Støttesporet', groups: ['0–12 år', '12–18 år'], owner: 'Børne- og familieafdelingen', start: '2025-08-01',
    history: [['idea', '2025-01-10'], ['proposed', '2025-03-04'], ['decided', '2025-06-18'], ['running', '2025-08-01']],
    budget: [{ year: 2025, amount: 300_000, fundingSource: 'Ungepuljen' }, { year: 2026, amount: 500_000, fundingSource: 'Ungepuljen' }],
    description: 'Tidlig opfølgning på bekymrende skolefravær i samarbejde med skolerne.',
  },
  {
    name: 'Vejledningscafé for unge uden uddannelse', track: 'Vejledningssporet', groups: ['18–25 år'], owner: 'UU Center-Syd', partners: ['VUC Hvidovre/Amager'],
    history: [['idea', '2026-05-02'], ['proposed', '2026-09-10', 'Drøftet på temamøde']],
    budget: [{ year: 2027, amount: 220_000, fundingSource: 'Ansøgt: Ungepuljen' }],
    description: 'Åben vejledning to eftermiddage om ugen på biblioteket.',
  },
  {
    name: 'Brobygning til erhvervsuddannelserne', track: 'Grundskolesporet', groups: ['12–18 år'], owner: 'TEC – Technical Education Copenhagen', start: '2024-09-01', end: '2025-06-30',
    history: [['decided', '2024-05-01'], ['running', '2024-09-01'], ['completed', '2025-06-30', 'Evalueret i styregruppen']],
    budget: [{ year: 2024, amount: 90_000, fundingSource: 'Kommunale midler' }, { year: 2025, amount: 90_000, fundingSource: 'Kommunale midler' }],
    description: 'Elever i 8. klasse prøver erhvervsuddannelserne i en uge.',
  },
];

// Hjørring's key figures 2020 (seed 002) as this year's level, with a plausible development over three years.
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
export async function loadInitiativeDemo(db: Database): Promise<void> {
  const m = db.ds.manager;
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

  const education = await createGoal(db, {
    name: '95 % af en ungdomsårgang gennemfører en ungdomsuddannelse', description: 'Partnerskabets overordnede resultatmål.', kind: 'result', unit: 'percent',
    direction: 'higher', baselineValue: 85, baselineDate: '2012-12-31', targetValue: 95, targetMax: null, targetDate: '2030-12-31', initiativeId: null,
  });
  for (const [date, value] of [['2016-12-31', 86.8], ['2019-12-31', 88.1], ['2022-12-31', 89.9], ['2025-12-31', 93.0]] as const) {
    await addMeasurement(db, { goalId: education.id, date, value, source: 'Profilmodellen, Børne- og Undervisningsministeriet', note: null });
  }
  const unemployed = await createGoal(db, {
    name: 'Mindst 40 % af ledige under 25 år starter en uddannelse', description: null, kind: 'result', unit: 'percent', direction: 'higher',
    baselineValue: 31, baselineDate: '2024-12-31', targetValue: 40, targetMax: null, targetDate: '2026-12-31', initiativeId: null,
  });
  for (const [date, value] of [['2025-06-30', 33.5], ['2025-12-31', 34.2], ['2026-06-30', 35.0], ['2026-09-30', 38.9]] as const) {
    await addMeasurement(db, { goalId: unemployed.id, date, value, source: 'Jobindsats.dk', note: null });
  }
  const matches = await createGoal(db, {
    name: '80–100 unge matches med en erhvervsmentor i 2026', description: 'Aftale med Dygtige Unge.', kind: 'effort', unit: 'count', direction: 'higher',
    baselineValue: 0, baselineDate: '2026-01-01', targetValue: 80, targetMax: 100, targetDate: '2026-12-31', initiativeId: created.get('Erhvervsmentorkorps')!,
  });
  for (const [date, value] of [['2026-03-31', 18], ['2026-06-30', 41], ['2026-09-30', 66], ['2026-10-31', 79]] as const) {
    await addMeasurement(db, { goalId: matches.id, date, value, source: 'Dygtige Unge', note: null });
  }
  const absence = await createGoal(db, {
    name: 'Bekymrende fravær i udskolingen under 8 %', description: null, kind: 'result', unit: 'percent', direction: 'lower',
    baselineValue: 12.4, baselineDate: '2025-06-30', targetValue: 8, targetMax: null, targetDate: '2027-06-30', initiativeId: created.get('Fraværsteam')!,
  });
  for (const [date, value] of [['2025-12-31', 11.9], ['2026-10-31', 9.6]] as const) {
    await addMeasurement(db, { goalId: absence.id, date, value, source: 'Skolernes fraværsregistrering', note: null });
  }

  const year = Number(activeClock().today().slice(0, 4));
  for (const [i, [track, name, values]] of keyFigures.entries()) {
    const { id } = await createKeyFigure(db, { trackId: trackId.get(track)!, name, sortOrder: i });
    for (const [k, value] of values.entries()) if (value > 0) await setKeyFigureValue(db, { keyFigureId: id, year: year - 2 + k, value, note: null });
  }
}
