import { initiativeInput, type InitiativeStatus } from '../../../preload/contract';
import { changeStatus, createInitiative } from '../../../main/initiatives/initiativeService';
import { createTargetGroup, createTrack } from '../../../main/initiatives/trackService';
import type { GenPart } from './part';
import { countsFor } from './sizes';
import { initiativeNames, themes, towns2 } from './texts';
import { addDays } from './meetingsPart';

const tracks = [
  ['Overgang fra grundskole', 'Fra 7. klasse til første ungdomsuddannelse.'],
  ['Fastholdelse', 'At unge gennemfører den uddannelse, de er startet på.'],
  ['Praktik og lærepladser', 'Flere praktikpladser i lokale virksomheder.'],
  ['Unge uden job og uddannelse', 'Vejen tilbage for unge over 18.'],
  ['Trivsel og mentorer', 'Mentorordninger og trivselsforløb.'],
  ['Data og samarbejde', 'Fælles nøgletal og koordination i partnerskabet.'],
] as const;
const groups = [['Elever i udskolingen', 13, 16], ['Unge 15–17 år', 15, 17], ['Unge 18–24 år uden uddannelse', 18, 24], ['Elever på grundforløb', 16, 25], ['Ordblinde unge', 13, 25], ['Forældre', null, null]] as const;
const funding = ['Puljen til ungeindsatsen', 'Partnernes egne midler', 'Statslig pulje (STAR)', 'EU Socialfond', 'Fonden for Socialt Ansvar'];

/** 2,000 initiatives in six tracks, with target groups, owners, partners, budget lines per year and status history. */
export const initiativesPart: GenPart = {
  name: 'initiatives',
  async run(ctx) {
    const { db, rng, refs } = ctx;
    const n = countsFor(ctx.size, ['initiatives']);
    refs.trackIds = [];
    refs.targetGroupIds = [];
    for (const [i, [name, description]] of tracks.entries()) refs.trackIds.push((await createTrack(db, { name, description, sortOrder: i })).id);
    for (const [name, ageFrom, ageTo] of groups) refs.targetGroupIds.push((await createTargetGroup(db, { name, ageFrom, ageTo })).id);
    const orgs: number[] = (await db.ds.query('SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    const people: number[] = (await db.ds.query('SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    refs.initiativeIds = [];
    let changes = 0;
    for (let k = 0; k < n.initiatives; k++) {
      const startYear = rng.int(2021, 2027);
      const startDate = `${startYear}-${String(rng.pick([1, 3, 8, 9])).padStart(2, '0')}-01`;
      const endDate = rng.chance(0.8) ? `${startYear + rng.int(0, 3)}-12-31` : null;
      const years = endDate ? Number(endDate.slice(0, 4)) - startYear + 1 : 2;
      const base = rng.pick(initiativeNames);
      const data = initiativeInput.parse({
        name: `${base} – ${rng.pick(towns2)} ${startYear}${k >= initiativeNames.length * towns2.length ? ` (${k})` : ''}`,
        description: `Indsatsen styrker ${rng.pick(themes)} for unge i ${rng.pick(towns2)}. Den drives af partnerne i fællesskab og følges i statusrapporten.`,
        trackId: rng.pick(refs.trackIds),
        targetGroupIds: [...new Set([rng.pick(refs.targetGroupIds), rng.pick(refs.targetGroupIds)])],
        ownerOrganisationId: rng.chance(0.9) ? rng.pick(orgs) : null,
        partnerOrganisationIds: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(orgs)))],
        contactPersonId: rng.chance(0.8) ? rng.pick(people) : null,
        startDate,
        endDate,
        budgetLines: Array.from({ length: Math.min(years, 4) }, (_, y) => ({ year: startYear + y, amount: rng.int(5, 120) * 10_000, fundingSource: rng.pick(funding), note: null })),
      });
      const flow: InitiativeStatus[] = startYear < 2024 ? ['idea', 'proposed', 'decided', 'running', rng.chance(0.8) ? 'completed' : 'stopped'] : startYear < 2026 ? ['idea', 'proposed', 'decided', 'running'] : rng.chance(0.5) ? ['idea', 'proposed'] : ['idea'];
      let date = addDays(startDate, -120);
      const ini = await createInitiative(db, { data, status: flow[0]!, statusDate: date });
      for (const status of flow.slice(1)) {
        date = status === 'running' ? startDate : status === 'completed' || status === 'stopped' ? (endDate ?? addDays(startDate, 400)) : addDays(date, rng.int(20, 50));
        await changeStatus(db, { id: ini.id, status, date, note: status === 'stopped' ? 'Stoppet efter evaluering.' : null });
        changes++;
      }
      refs.initiativeIds.push(ini.id);
    }
    return { tracks: refs.trackIds.length, initiatives: refs.initiativeIds.length, statusChanges: changes };
  },
};
