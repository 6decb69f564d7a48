// What other features may read of involvement: who has (not) been involved lately, for the overview.
export { involvementStatus } from './involvementStatus';
