// The writes other features make to the audit log (retention records what it removed).
export { recordAudit } from './auditLog';
