import { actorEntities } from './actors';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities];
