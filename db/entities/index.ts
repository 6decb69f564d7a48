import { actorEntities } from './actors';
import { meetingEntities } from './meetings';
import { SettingEntity } from './settings';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, SettingEntity, ...meetingEntities];
