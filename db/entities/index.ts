import { actorEntities } from './actors';
import { SettingEntity } from './settings';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, SettingEntity];
