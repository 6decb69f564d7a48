import { Actors1700000000001 } from './m0001Actors';
import { Initiatives1700000000020 } from './m0020Initiatives';
import { Meetings1700000000010 } from './m0010Meetings';
import { Memos1700000000030 } from './m0030Memos';
import { Settings1700000000002 } from './m0002Settings';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, Meetings1700000000010, Initiatives1700000000020, Memos1700000000030];
