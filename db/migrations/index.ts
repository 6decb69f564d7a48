import { ActorListIndexes1700000000060 } from './m0060ActorListIndexes';
import { ActorTrigrams1700000000070 } from './m0070ActorTrigrams';
import { Actors1700000000001 } from './m0001Actors';
import { Erasure1700000000080 } from './m0080Erasure';
import { FollowUpAndDropReason1700000000100 } from './m0100FollowUpAndDropReason';
import { AuditLog1700000000003 } from './m0003AuditLog';
import { Initiatives1700000000020 } from './m0020Initiatives';
import { Involvement1700000000050 } from './m0050Involvement';
import { Mail1700000000120 } from './m0120Mail';
import { Meetings1700000000010 } from './m0010Meetings';
import { Memos1700000000030 } from './m0030Memos';
import { Search1700000000051 } from './m0051Search';
import { SearchRefs1700000000090 } from './m0090SearchRefs';
import { ScreenIndexes1700000000150 } from './m0150ScreenIndexes';
import { Settings1700000000002 } from './m0002Settings';
import { LetterheadLogo1700000000160 } from './m0160LetterheadLogo';
import { StakeholderMap1700000000052 } from './m0052StakeholderMap';
import { Versions1700000000240 } from './m0240Versions';
import { RowCodes1700000000210 } from './m0210RowCodes';
import { MailErrorCodes1700000000260 } from './m0260MailErrorCodes';
import { ActorSortIds1700000000291 } from './m0291ActorSortIds';
import { SearchPrefixIndex1700000000310 } from './m0310SearchPrefixIndex';
import { ActionItemDueCovering1700000000320 } from './m0320ActionItemDueCovering';

/** Every migration, in the order TypeORM runs them (by the timestamp in the name). Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, Settings1700000000002, AuditLog1700000000003, Meetings1700000000010, Initiatives1700000000020, Memos1700000000030, Involvement1700000000050, Search1700000000051, StakeholderMap1700000000052, ActorListIndexes1700000000060, ActorTrigrams1700000000070, Erasure1700000000080, SearchRefs1700000000090, FollowUpAndDropReason1700000000100, Mail1700000000120, ScreenIndexes1700000000150, LetterheadLogo1700000000160, RowCodes1700000000210, Versions1700000000240, MailErrorCodes1700000000260, ActorSortIds1700000000291, SearchPrefixIndex1700000000310, ActionItemDueCovering1700000000320];
