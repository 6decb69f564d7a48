import { Actors1700000000001 } from './m0001Actors';
import { AuditLog1700000000002 } from './m0002AuditLog';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations = [Actors1700000000001, AuditLog1700000000002];
