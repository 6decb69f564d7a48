import { Actors1700000000001 } from './m0001Actors';
import { Settings1700000000002 } from './m0002Settings';
import { ActorListIndexes1700000000060 } from './m0060ActorListIndexes';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, ActorListIndexes1700000000060];
