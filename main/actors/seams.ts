// The writes other features make to actors, inside the caller's transaction: a guest invited to a
// meeting enters the register as an ad hoc person.
export { addAdhocPerson } from './lookup';
