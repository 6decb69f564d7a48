import type { HandlerContext } from '../../main/api/handlers';
import { call } from './db';

/**
 * The Hjørring Ungegaranti status report 2020 (seed 002): four tracks with two key figures each,
 * plus 2019 values (invented for the comparison), two goals with measurements and two initiatives.
 */
export const HJORRING_2020: [string, [string, number, number][]][] = [
  ['Grundskolesporet', [['Obligatoriske erhvervspraktikker', 610, 658], ['Længerevarende erhvervspraktikker', 121, 121]]],
  ['Støttesporet', [['Elever i kontakt med fraværsteamet', 52, 45], ['Unge med tilknyttet Ungeguide', 240, 262]]],
  ['Virksomhedssporet', [['Antal Garantipartnere', 150, 171], ['Unge i job (via Ungegarantien)', 98, 116]]],
  ['Vejledningssporet', [['Antal individuelle vejledninger', 1402, 1547], ['Unge i Vejledningscaféen', 235, 235]]],
];

export async function seedHjorring(ctx: HandlerContext) {
  await call(ctx, 'settings.update', { partnershipName: 'Ungegarantien i Hjørring', municipality: 'Hjørring Kommune' });
  const tracks: Record<string, number> = {};
  let order = 0;
  for (const [track, figures] of HJORRING_2020) {
    tracks[track] = (await call(ctx, 'tracks.create', { name: track, sortOrder: order++ })).id;
    let n = 0;
    for (const [name, v2019, v2020] of figures) {
      const { id } = await call(ctx, 'keyFigures.create', { trackId: tracks[track]!, name, sortOrder: n++ });
      await call(ctx, 'keyFigures.setValue', { keyFigureId: id, year: 2019, value: v2019 });
      await call(ctx, 'keyFigures.setValue', { keyFigureId: id, year: 2020, value: v2020 });
    }
  }
  const youth = await call(ctx, 'targetGroups.create', { name: '15–17 år', ageFrom: 15, ageTo: 17 });
  const young = await call(ctx, 'targetGroups.create', { name: '18–25 år', ageFrom: 18, ageTo: 25 });
  const mentor = await call(ctx, 'initiatives.create', {
    status: 'decided',
    statusDate: '2019-11-05',
    data: {
      name: 'Erhvervsmentorkorps',
      description: 'Frivillige erhvervsledere som mentorer for udsatte unge.',
      trackId: tracks['Virksomhedssporet']!,
      targetGroupIds: [young.id],
      startDate: '2020-02-15',
      endDate: '2021-12-31',
      budgetLines: [
        { year: 2020, amount: 133_000, fundingSource: 'Ungepuljen', note: 'Hjørrings andel' },
        { year: 2021, amount: 160_000, fundingSource: 'Ungepuljen' },
      ],
    },
  });
  await call(ctx, 'initiatives.setStatus', { id: mentor.id, status: 'running', date: '2020-02-15', note: 'Første match' });
  const practice = await call(ctx, 'initiatives.create', {
    status: 'running',
    statusDate: '2018-08-01',
    data: {
      name: 'Praktikkoordinator på alle folkeskoler',
      trackId: tracks['Grundskolesporet']!,
      targetGroupIds: [youth.id],
      budgetLines: [{ year: 2020, amount: 450_000, fundingSource: 'Kommunale midler' }],
    },
  });
  const education = await call(ctx, 'goals.create', {
    name: '95 % af en ungdomsårgang gennemfører en ungdomsuddannelse',
    kind: 'result',
    unit: 'percent',
    direction: 'higher',
    baselineValue: 85,
    baselineDate: '2012-12-31',
    targetValue: 95,
    targetDate: '2025-12-31',
  });
  await call(ctx, 'measurements.add', { goalId: education.id, date: '2016-12-31', value: 87.5, source: 'Uddannelsesstatistik' });
  await call(ctx, 'measurements.add', { goalId: education.id, date: '2020-12-31', value: 88.4, source: 'Uddannelsesstatistik' });
  const matches = await call(ctx, 'goals.create', {
    name: '80–100 unge matches med en erhvervsmentor',
    kind: 'effort',
    unit: 'count',
    direction: 'higher',
    baselineValue: 0,
    baselineDate: '2020-02-15',
    targetValue: 80,
    targetMax: 100,
    targetDate: '2020-12-31',
    initiativeId: mentor.id,
  });
  await call(ctx, 'measurements.add', { goalId: matches.id, date: '2020-06-30', value: 41, source: 'Dygtige Unge' });
  await call(ctx, 'measurements.add', { goalId: matches.id, date: '2020-12-31', value: 86, source: 'Dygtige Unge' });
  return { tracks, mentor, practice, education, matches, youth, young };
}
