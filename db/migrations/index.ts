import { Actors1700000000001 } from './m0001Actors';
import { Settings1700000000002 } from './m0002Settings';
import { Involvement1700000000050 } from './m0050Involvement';
import { Search1700000000051 } from './m0051Search';
import { StakeholderMap1700000000052 } from './m0052StakeholderMap';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, Involvement1700000000050, Search1700000000051, StakeholderMap1700000000052];
