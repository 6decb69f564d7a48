import type { Database } from '../../../db/database';
import type { Rng } from './random';
import type { Size } from './sizes';

/** Ids that earlier parts created, for later parts to link to (meetings invite people, …). */
export interface GenRefs {
  organisationIds: number[];
  personIds: number[];
  bodyIds: number[];
  [more: string]: number[];
}

export interface GenContext {
  db: Database;
  /** S, M, L or a scale factor (tests use tiny factors). */
  size: Size | number;
  /** Seeded per part, so adding a part never changes another part's data. */
  rng: Rng;
  /** The fixed "now" of the generated world, for created/updated stamps. */
  stamp: string;
  refs: GenRefs;
  log: (message: string) => void;
}

/** One feature's share of the generated data. Writes through that feature's services. */
export interface GenPart {
  name: string;
  run(ctx: GenContext): Promise<Record<string, number>>;
}
