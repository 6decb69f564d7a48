import { actorEntities } from './actors';
import { initiativeEntities } from './initiatives';
import { meetingEntities } from './meetings';
import { involvementEntities } from './involvement';
import { MilestoneEntity } from './planning';
import { SettingEntity } from './settings';
import { memoEntities } from './memos';
import { AuditEntity } from './audit';
import { RetentionHoldEntity } from './gdpr';
import { LetterheadLogoEntity } from './letterhead';
import { mailEntities } from './mail';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, SettingEntity, ...initiativeEntities, ...memoEntities, ...meetingEntities, ...involvementEntities, MilestoneEntity, AuditEntity, RetentionHoldEntity, ...mailEntities, LetterheadLogoEntity];
