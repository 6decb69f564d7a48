import { actorEntities } from './actors';
import { involvementEntities } from './involvement';
import { MilestoneEntity } from './planning';
import { SettingEntity } from './settings';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, SettingEntity, ...involvementEntities, MilestoneEntity];
