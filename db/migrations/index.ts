import { Actors1700000000001 } from './m0001Actors';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001];
