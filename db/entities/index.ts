import { actorEntities } from './actors';
import { memoEntities } from './memos';
import { SettingEntity } from './settings';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, SettingEntity, ...memoEntities];
