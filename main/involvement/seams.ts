// The writes other features make to involvement, inside the caller's transaction: meetings and
// initiatives record the automatic involvements of the actors they involve.
export { syncAutoInvolvements, type AutoInvolvement } from './involvementService';
