// The writes other features make to initiatives, inside the caller's transaction: a decided memo sets
// the status of the initiatives it concerns.
export { setInitiativeStatus } from './statusHistory';
