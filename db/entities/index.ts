import { actorEntities } from './actors';
import { AuditEntity } from './audit';

/** Every entity schema; a feature adds its list here. */
export const entities = [...actorEntities, AuditEntity];
