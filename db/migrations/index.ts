import { Actors1700000000001 } from './m0001Actors';
import { Settings1700000000002 } from './m0002Settings';
import { Meetings1700000000010 } from './m0010Meetings';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, Meetings1700000000010];
