import { MeasurementEntity } from '../../../db/entities/initiatives';
import { goalInput, measurementInput } from '../../../preload/contract';
import { createGoal } from '../../../main/goals/goalService';
import type { GenPart } from './part';
import { countsFor } from './sizes';
import { goalNames, towns2 } from './texts';
import { addDays } from './meetingsPart';

const CHUNK = 5000;
const sources = ['Danmarks Statistik', 'UNI-C / Styrelsen for It og Læring', 'Jobcenterets egne tal', 'Partnernes indberetning', 'Spørgeskema til deltagerne'];

/** 500 goals (partnership level and per initiative) with 100,000 measurements between baseline and target. */
export const goalsPart: GenPart = {
  name: 'goals',
  async run(ctx) {
    const { db, rng, refs } = ctx;
    const n = countsFor(ctx.size, ['goals', 'measurements']);
    refs.goalIds = [];
    for (let k = 0; k < n.goals; k++) {
      const unit = rng.weighted([['percent', 5], ['count', 4], ['dkk', 1]] as const);
      const direction = rng.chance(0.8) ? 'higher' : 'lower';
      const baselineValue = unit === 'percent' ? rng.int(40, 85) : unit === 'count' ? rng.int(10, 400) : rng.int(1, 50) * 10_000;
      const step = unit === 'percent' ? rng.int(3, 12) : Math.round(baselineValue * 0.3) + 1;
      const baselineYear = rng.int(2020, 2024);
      const goal = await createGoal(db, goalInput.parse({
        name: `${rng.pick(goalNames)}${k >= goalNames.length ? `, ${rng.pick(towns2)} (${k + 1})` : ''}`,
        description: rng.chance(0.5) ? 'Målet følges hvert kvartal og afrapporteres i statusrapporten.' : null,
        kind: rng.chance(0.6) ? 'result' : 'effort',
        unit,
        direction,
        baselineValue,
        baselineDate: `${baselineYear}-01-01`,
        targetValue: direction === 'higher' ? baselineValue + step : Math.max(0, baselineValue - step),
        targetMax: null,
        targetDate: `${baselineYear + rng.int(3, 6)}-12-31`,
        initiativeId: refs.initiativeIds?.length && rng.chance(0.7) ? rng.pick(refs.initiativeIds) : null,
      }));
      refs.goalIds.push(goal.id);
    }
    // Measurements are plain rows (addMeasurement inserts one and re-reads the goal): written in chunks.
    const rows = [];
    const per = n.measurements / n.goals;
    for (const [k, goalId] of refs.goalIds.entries()) {
      const count = Math.round(per * (k + 1)) - Math.round(per * k);
      const start = Date.parse('2020-01-06T12:00:00Z');
      let value = rng.int(40, 85);
      for (let i = 0; i < count; i++) {
        value = Math.max(0, value + rng.int(-3, 4));
        rows.push(measurementInput.parse({
          goalId, date: addDays(new Date(start).toISOString().slice(0, 10), Math.floor((i * 2500) / Math.max(1, count))), value,
          source: rng.pick(sources), note: rng.chance(0.05) ? 'Foreløbigt tal – opdateres ved næste opgørelse.' : null,
        }));
      }
    }
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await db.tx(async (m) => {
        for (let j = 0; j < chunk.length; j += 500) await m.getRepository(MeasurementEntity).insert(chunk.slice(j, j + 500));
      });
    }
    return { goals: refs.goalIds.length, measurements: rows.length };
  },
};
