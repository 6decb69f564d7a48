import { involvementInput, type InvolvementForm } from '../../../preload/contract';
import { insertInvolvements } from '../../../main/involvement/bulkInsert';
import { setInvolvementRule } from '../../../main/involvement/involvementService';
import type { GenPart } from './part';
import { countsFor } from './sizes';
import { fill } from './texts';
import { addDays } from './meetingsPart';

const BATCH = 10_000;
const topics: Partial<Record<InvolvementForm, readonly string[]>> = {
  consulted: ['Sparring om {theme}', 'Telefonmøde om {theme}', 'Input til handleplan om {theme}'],
  data_request: ['Indberetning af nøgletal om {theme}', 'Dataudtræk om {theme}'],
  hearing: ['Høring om {theme}', 'Høringssvar om strategi for {theme}'],
  other: ['Besøg på arbejdspladsen', 'Deltog i konference om {theme}', 'Nyhedsbrev om {theme}'],
};

/**
 * Manual involvement records, so that with the automatic ones from meetings and initiatives the log holds
 * 200,000 records. A few actors are contacted very often (the busy actor of the bench).
 */
export const involvementPart: GenPart = {
  name: 'involvement',
  async run(ctx) {
    const { db, rng, stamp } = ctx;
    const n = countsFor(ctx.size, ['involvements']);
    const auto = Number((await db.ds.query('SELECT COUNT(*) AS n FROM involvement'))[0].n);
    const orgs: number[] = (await db.ds.query('SELECT id FROM organisation WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    const people: number[] = (await db.ds.query('SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id')).map((r: { id: number }) => r.id);
    const manual = Math.max(0, n.involvements - auto);
    let rows = [];
    let written = 0;
    for (let k = 0; k < manual; k++) {
      const person = rng.chance(0.6);
      const list = person ? people : orgs;
      const actorId = list[Math.floor(rng.next() ** 2.2 * list.length)]!; // skewed: some actors are contacted all the time
      const form = rng.weighted<InvolvementForm>([['consulted', 50], ['data_request', 15], ['hearing', 10], ['other', 25]]);
      const date = addDays('2021-01-04', rng.int(0, 2160));
      rows.push(involvementInput.parse({
        actorKind: person ? 'person' : 'organisation', actorId, date, form, topic: fill(rng, rng.pick(topics[form]!)),
        outcome: rng.chance(0.4) ? fill(rng, 'Aftalt at følge op om {theme} – svar ventes fra partneren.') : null,
        followUpDate: rng.chance(0.1) ? addDays(date, rng.int(14, 120)) : null,
      }));
      if (rows.length === BATCH) {
        const batch = rows;
        written += (await db.tx((m) => insertInvolvements(m, batch, stamp))).length;
        rows = [];
      }
    }
    if (rows.length) {
      const batch = rows;
      written += (await db.tx((m) => insertInvolvements(m, batch, stamp))).length;
    }
    // Rules "involve at least every n days" for some core actors: the overdue list of the overview.
    const core: { kind: 'organisation' | 'person'; id: number }[] = await db.ds.query(
      "SELECT 'organisation' AS kind, id FROM organisation WHERE relation = 'core' AND deleted_at IS NULL UNION ALL SELECT 'person', id FROM person WHERE relation = 'core' AND deleted_at IS NULL ORDER BY 1, 2",
    );
    let rules = 0;
    for (const a of core) {
      if (!rng.chance(0.02)) continue;
      await setInvolvementRule(db, { actorKind: a.kind, actorId: a.id, intervalDays: rng.pick([60, 90, 180, 365]) });
      rules++;
    }
    return { involvementsAuto: auto, involvementsManual: written, involvementRules: rules };
  },
};
