import { Actors1700000000001 } from './m0001Actors';
import { Settings1700000000002 } from './m0002Settings';
import { Memos1700000000030 } from './m0030Memos';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, Memos1700000000030];
