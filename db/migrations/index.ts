import { Actors1700000000001 } from './m0001Actors';
import { Settings1700000000002 } from './m0002Settings';
import { Initiatives1700000000020 } from './m0020Initiatives';
import { Memos1700000000030 } from './m0030Memos';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, Initiatives1700000000020, Memos1700000000030];
