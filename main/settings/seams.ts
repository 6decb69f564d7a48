// The writes other features make to settings: each keeps its own keys (mail.*, houseStyle.*, meetings.*)
// in the settings table, inside the caller's transaction.
export { removeSetting, saveSetting } from './lookup';
