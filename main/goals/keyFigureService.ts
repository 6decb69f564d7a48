import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { KeyFigureEntity, KeyFigureValueEntity } from '../../db/entities/initiatives';
import { listTracksIn, trackRefs } from '../initiatives/lookup';
import type { ChannelParsed, KeyFigureRow, KeyFigureYear } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { claimVersion, versionOf } from '../versions/versions';

/** Key figures per track (in track order) with a value per year and the change from the year before. */
export async function keyFigureTableIn(m: EntityManager, fromYear: number, toYear: number): Promise<KeyFigureRow[]> {
  const tracks = await listTracksIn(m);
  const figures = await m.getRepository(KeyFigureEntity).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
  const values = await m.getRepository(KeyFigureValueEntity).find();
  const valueOf = (id: number, year: number) => values.find((v) => v.keyFigureId === id && v.year === year);
  const out: KeyFigureRow[] = [];
  for (const t of tracks) {
    for (const f of figures.filter((x) => x.trackId === t.id)) {
      const years: KeyFigureYear[] = [];
      for (let year = fromYear; year <= toYear; year++) {
        const cur = valueOf(f.id, year);
        const prev = valueOf(f.id, year - 1);
        const change = cur && prev ? cur.value - prev.value : null;
        years.push({
          year,
          value: cur?.value ?? null,
          note: cur?.note ?? null,
          change,
          changePercent: change !== null && prev && prev.value !== 0 ? (change / Math.abs(prev.value)) * 100 : null,
        });
      }
      out.push({ id: f.id, trackId: t.id, trackName: t.name, name: f.name, sortOrder: f.sortOrder, years, ...versionOf(f) });
    }
  }
  return out;
}

export const keyFigureTable = (db: Database, q: ChannelParsed<'keyFigures.table'>) => keyFigureTableIn(db.ds.manager, q.fromYear, q.toYear);

async function checkTrack(m: EntityManager, trackId: number) {
  if (!(await trackRefs(m, [trackId])).get(trackId)?.live) throw new ServiceError('VALIDATION', 'missing.track', { trackId: 'field.track' });
}

export async function createKeyFigure(db: Database, input: ChannelParsed<'keyFigures.create'>): Promise<{ id: number }> {
  return db.tx(async (m) => {
    await checkTrack(m, input.trackId);
    const saved = await m.getRepository(KeyFigureEntity).save({ ...input });
    return { id: saved.id };
  });
}

export async function updateKeyFigure(db: Database, id: number, input: ChannelParsed<'keyFigures.create'>, version?: number): Promise<{ id: number }> {
  return db.tx(async (m) => {
    await claimVersion(m, 'key_figure', id, version);
    await checkTrack(m, input.trackId);
    await m.getRepository(KeyFigureEntity).update({ id }, { ...input });
    return { id };
  });
}

export async function deleteKeyFigure(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    await claimVersion(m, 'key_figure', id, version);
    await m.getRepository(KeyFigureEntity).delete({ id });
    return { deleted: true };
  });
}

/** Sets (or with value null, removes) one year's value. */
export async function setKeyFigureValue(db: Database, input: ChannelParsed<'keyFigures.setValue'>): Promise<{ saved: true }> {
  return db.tx(async (m) => {
    await claimVersion(m, 'key_figure', input.keyFigureId, input.version);
    const repo = m.getRepository(KeyFigureValueEntity);
    const existing = await repo.findOneBy({ keyFigureId: input.keyFigureId, year: input.year });
    if (input.value === null) {
      if (existing) await repo.delete({ id: existing.id });
    } else if (existing) {
      await repo.update({ id: existing.id }, { value: input.value, note: input.note });
    } else {
      await repo.insert({ keyFigureId: input.keyFigureId, year: input.year, value: input.value, note: input.note });
    }
    return { saved: true };
  });
}
