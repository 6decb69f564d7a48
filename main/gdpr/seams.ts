// The writes other features make through GDPR: emptying the trash purges an actor's records everywhere.
export { purgeActorRecords } from './erasure';
