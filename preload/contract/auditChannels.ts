import { z } from 'zod';
import { channel, type ChannelDef } from './channel';
import { paging, type Page } from './common';

export interface AuditEntry {
  id: number;
  at: string;
  osUser: string;
  action: string;
  channel: string;
  subject: string | null;
  reason: string | null;
}

export const auditListQuery = z.strictObject({ ...paging });

export const auditChannels = {
  'audit.list': channel(auditListQuery).returns<Page<AuditEntry>>(),
} satisfies Record<string, ChannelDef>;
