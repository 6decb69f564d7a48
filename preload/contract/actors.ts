import { z } from 'zod';
import { byId, id, optionalDate, optionalText, paging, plainString, requiredText, text, upload, baseVersion, type VersionInfo } from './common';
import type { ValidationSaying } from './validationMessages';

export const organisationKinds = [
  'municipal_department',
  'upper_secondary_school',
  'vocational_college',
  'adult_education',
  'primary_school',
  'company',
  'political_body',
  'labour_market_org',
  'ngo',
  'state_agency',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const relations = ['core', 'adhoc'] as const;
export type Relation = (typeof relations)[number];

export const bodyKinds = ['partnership', 'steering_group', 'advisory_board', 'working_group', 'network', 'other'] as const;
export type BodyKind = (typeof bodyKinds)[number];

export const membershipRoles = ['chair', 'member', 'secretary', 'observer'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

const relationField = z.enum(relations).nullable().optional().transform((v) => v ?? null);

const emailField = z
  .union([z.literal(''), z.null(), plainString().trim().max(254).pipe(z.email({ message: 'Ugyldig e-mailadresse' }))])
  .optional()
  .transform((v) => (v ? v : null));

/** Danish numbers (8 digits, optional +45) and international numbers with + and 7–15 digits. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/;
const phoneField = z
  .union([
    z.literal(''),
    z.null(),
    z
      .string()
      .trim()
      .max(30)
      .refine((s) => PHONE_PATTERN.test(s) && s.replace(/\D/g, '').length >= 8 && s.replace(/\D/g, '').length <= 15, {
        message: 'Ugyldigt telefonnummer',
      }),
  ])
  .optional()
  .transform((v) => (v ? v : null));

const websiteField = z
  .union([
    z.literal(''),
    z.null(),
    z
      .string()
      .trim()
      .max(500)
      .refine(
        (s) => {
          try {
            const u = new URL(/^[a-z]+:\/\//i.test(s) ? s : `https://${s}`);
            return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
          } catch {
            return false;
          }
        },
        { message: 'Ugyldig webadresse' },
      ),
  ])
  .optional()
  .transform((v) => (v ? v : null));

export const organisationInput = z.strictObject({
  name: requiredText(200),
  kind: z.enum(organisationKinds),
  address: optionalText(500),
  website: websiteField,
  notes: optionalText(10_000),
  relation: relationField,
  relationReason: optionalText(1000),
});
export type OrganisationInput = z.input<typeof organisationInput>;

export const personInput = z.strictObject({
  name: requiredText(200),
  title: optionalText(200),
  organisationId: id.nullable().optional().transform((v) => v ?? null),
  email: emailField,
  phone: phoneField,
  notes: optionalText(10_000),
  relation: relationField,
  relationReason: optionalText(1000),
});
export type PersonInput = z.input<typeof personInput>;

export const bodyInput = z.strictObject({
  name: requiredText(200),
  kind: z.enum(bodyKinds),
  description: optionalText(5000),
});
export type BodyInput = z.input<typeof bodyInput>;

export const membershipInput = z
  .strictObject({
    bodyId: id,
    personId: id.nullable().optional().transform((v) => v ?? null),
    organisationId: id.nullable().optional().transform((v) => v ?? null),
    role: z.enum(membershipRoles),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .refine((m) => (m.personId === null) !== (m.organisationId === null), {
    message: 'Vælg enten en person eller en organisation',
    path: ['personId'],
  })
  .refine((m) => !m.fromDate || !m.toDate || m.fromDate <= m.toDate, {
    message: 'Slutdato ligger før startdato',
    path: ['toDate'],
  });
export type MembershipInput = z.input<typeof membershipInput>;

/** One actor picked for a body: a person or an organisation. */
export const memberRef = z
  .strictObject({ personId: id.nullable().optional().transform((v) => v ?? null), organisationId: id.nullable().optional().transform((v) => v ?? null) })
  .refine((m) => (m.personId === null) !== (m.organisationId === null), { message: 'Vælg enten en person eller en organisation', path: ['personId'] });

/** Many members at once, with one role and period: all are added or none. */
export const membershipBulkInput = z
  .strictObject({
    bodyId: id,
    members: z.array(memberRef).min(1, { message: 'Vælg mindst én aktør' }).max(200),
    role: z.enum(membershipRoles),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .refine((m) => new Set(m.members.map((a) => `${a.personId}:${a.organisationId}`)).size === m.members.length, {
    message: 'Den samme aktør er valgt to gange',
    path: ['members'],
  })
  .refine((m) => !m.fromDate || !m.toDate || m.fromDate <= m.toDate, { message: 'Slutdato ligger før startdato', path: ['toDate'] });
export type MembershipBulkInput = z.input<typeof membershipBulkInput>;

const listFilter = {
  search: text(200).optional().default(''),
  relation: z.enum([...relations, 'none']).nullable().optional().default(null),
  bodyId: id.nullable().optional().default(null),
  ...paging,
};

export const organisationListQuery = z.strictObject({
  ...listFilter,
  kind: z.enum(organisationKinds).nullable().optional().default(null),
});
export type OrganisationListQuery = z.input<typeof organisationListQuery>;

export const personListQuery = z.strictObject({
  ...listFilter,
  organisationId: id.nullable().optional().default(null),
});
export type PersonListQuery = z.input<typeof personListQuery>;

export const updateOrganisation = z.strictObject({ id, version: baseVersion, data: organisationInput });
export const updatePerson = z.strictObject({ id, version: baseVersion, data: personInput });
export const updateBody = z.strictObject({ id, version: baseVersion, data: bodyInput });

/** Members on one page of a body's page (issue 17: the largest body at region scale has 848). */
export const BODY_PAGE = 50;
/** A body's page: the body and one page of its members (by when they were added); without offset and limit, the first page. */
export const bodyQuery = z.strictObject({ id, offset: paging.offset, limit: z.number().int().min(1).max(1000).default(BODY_PAGE) });
export type BodyQuery = z.input<typeof bodyQuery>;

export const trashKinds = ['organisation', 'person', 'body'] as const;
export type TrashKind = (typeof trashKinds)[number];
export const trashRef = z.strictObject({ kind: z.enum(trashKinds), id });

export const importTargets = ['organisations', 'people'] as const;
export type ImportTarget = (typeof importTargets)[number];
export const importFields = {
  organisations: ['name', 'kind', 'address', 'website', 'relation', 'relationReason', 'notes'],
  people: ['name', 'title', 'organisation', 'email', 'phone', 'relation', 'relationReason', 'notes'],
} as const;

export const importEncodings = ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type ImportEncoding = (typeof importEncodings)[number];
/** '\t' is what Excel's "Unicode text" uses. */
export const importSeparators = ['auto', ';', ',', '\t'] as const;
export type ImportSeparator = (typeof importSeparators)[number];
export const importRequest = upload.extend({
  target: z.enum(importTargets),
  encoding: z.enum(importEncodings).default('auto'),
  separator: z.enum(importSeparators).default('auto'),
  /** field → 0-based column index, or null for "not imported". Missing: the suggested mapping. */
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(200).nullable()).optional(),
});
export type ImportRequest = z.input<typeof importRequest>;
export const importCommit = importRequest.extend({ mode: z.enum(['validRows', 'allOrNothing']) });
export type ImportCommitRequest = z.input<typeof importCommit>;

export { byId };

// ---- Results ----
export interface MembershipView {
  id: number;
  bodyId: number;
  bodyName: string;
  bodyKind: BodyKind;
  personId: number | null;
  personName: string | null;
  organisationId: number | null;
  organisationName: string | null;
  role: MembershipRole;
  fromDate: string | null;
  toDate: string | null;
}

export interface MembershipBulkResult {
  added: MembershipView[];
  /** Picked actors already members of the body in an overlapping period: left as they were. */
  skipped: { personId: number | null; organisationId: number | null; name: string; existing: MembershipView }[];
}

export interface OrganisationSummary {
  id: number;
  name: string;
  kind: OrganisationKind;
  relation: Relation | null;
  relationReason: string | null;
  peopleCount: number;
  bodies: string[];
}

export interface Organisation extends OrganisationSummary, VersionInfo {
  address: string | null;
  website: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  people: PersonSummary[];
  memberships: MembershipView[];
}

export interface PersonSummary {
  id: number;
  name: string;
  title: string | null;
  organisationId: number | null;
  organisationName: string | null;
  email: string | null;
  phone: string | null;
  relation: Relation | null;
  relationReason: string | null;
  bodies: string[];
}

export interface Person extends PersonSummary, VersionInfo {
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  memberships: MembershipView[];
}

export interface Body extends VersionInfo {
  id: number;
  name: string;
  kind: BodyKind;
  description: string | null;
  /** Live members over all pages. */
  memberCount: number;
  /** One page of members from `offset`, by when they were added. */
  members: MembershipView[];
  offset: number;
  /** Every live member (ids only, not only the page's): the add form marks them as already members. */
  memberIds: { people: number[]; organisations: number[] };
}

/** A body as the Organer list shows it: its member count and the first few members; the rest are on the body's page. */
export interface BodySummary extends Omit<Body, 'members' | 'offset' | 'memberIds'> {
  /** The first BODY_PREVIEW members (by when they were added); memberCount says how many there are. */
  preview: MembershipView[];
}

export const BODY_PREVIEW = 5;

export interface BodyOption {
  id: number;
  name: string;
  kind: BodyKind;
  memberCount: number;
}

export interface TrashItem {
  kind: TrashKind;
  id: number;
  name: string;
  deletedAt: string;
}

/**
 * A row's error or note in the import preview as a code and values, never prose: the screen says it in
 * the reader's language (`importIssueText` in preload/texts/importIssue.ts).
 */
export type ImportIssue =
  | { code: 'unknownRelation' | 'unknownKind'; value: string }
  | { code: 'nameExists'; name: string }
  | { code: 'emailExists'; email: string }
  /** A field that fails the contract's check (no field: the row as a whole). */
  | { code: 'invalid'; field: string | null; rule: ValidationSaying }
  | { code: 'kindDefaulted' }
  | { code: 'newOrganisation'; name: string };

export interface ImportRowPreview {
  rowNumber: number;
  values: Record<string, string>;
  errors: ImportIssue[];
  notes: ImportIssue[];
}

export interface ImportPreview {
  target: ImportTarget;
  columns: string[];
  mapping: Record<string, number | null>;
  encoding: Exclude<ImportEncoding, 'auto'> | 'xlsx';
  separator: Exclude<ImportSeparator, 'auto'> | null;
  rows: ImportRowPreview[];
  totalRows: number;
  validCount: number;
  errorCount: number;
}

export interface ImportResult {
  created: number;
  skipped: number;
}
