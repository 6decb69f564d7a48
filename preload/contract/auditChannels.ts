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
  /** The object as it is now, for the log in words; null when the line has no object. */
  object: AuditSubject | null;
}

export interface AuditSubject {
  /** organisation, person, body, meeting, minutes, memo, initiative, goal, milestone */
  noun: string;
  /** Its name now; null when it no longer exists (erased or purged). */
  name: string | null;
  /** Hash route to the object, or to the trash when it lies there. */
  route: string | null;
  inTrash: boolean;
}

export const auditListQuery = z.strictObject({ ...paging });

export const auditChannels = {
  'audit.list': channel(auditListQuery).returns<Page<AuditEntry>>(),
} satisfies Record<string, ChannelDef>;
