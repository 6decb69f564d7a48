// The writes other features make to meetings, each inside the caller's transaction (mail: sending an
// invitation issues the calendar identity and marks the invitees invited; a reply updates an invitee).
export { issueIdentity } from './calendarIdentity';
export { markInvited, updateInvitee } from './inviteeService';
