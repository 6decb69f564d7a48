import type { z } from 'zod';
import type { Database } from '../../db/database';
import { searchKey } from '../../db/textKeys';
import {
  importFields,
  organisationInput,
  personInput,
  type ChannelParsed,
  type ImportPreview,
  type ImportResult,
  type ImportRowPreview,
  type ImportTarget,
} from '../../preload/contract';
import { validationSaying } from '../../preload/contract/validationMessages';
import type { ImportIssue } from '../../preload/contract';
import { said, ServiceError } from '../api/serviceError';
import { createYielder } from '../app/longWork';
import { insertOrganisations, insertPeople } from './bulkInsert';
import { now } from './keys';
import { rawAll } from './listData';
import { limitError } from './importLimits';
import { parseTable, type ParsedTable } from './importParse';
import { headerAliases, parseKind, parseRelation } from './importVocabulary';

type Req = ChannelParsed<'actors.importPreview'>;
const PREVIEW_ROWS = 500;
type Tick = () => Promise<void>;
/** Short slices: with a garbage collection on top, a turn still stays well under issue 7's 100 ms. */
const SLICE_MS = 10;

export function suggestMapping(target: ImportTarget, header: string[]): Record<string, number | null> {
  const keys = header.map(searchKey);
  const mapping: Record<string, number | null> = {};
  const used = new Set<number>();
  for (const field of importFields[target]) {
    const aliases = (headerAliases[field] ?? []).map(searchKey);
    const idx = keys.findIndex((k, i) => !used.has(i) && aliases.includes(k));
    mapping[field] = idx >= 0 ? idx : null;
    if (idx >= 0) used.add(idx);
  }
  return mapping;
}

/** A failed field check as a code and values (`reportInput` tells "required" from a wrong type). */
const invalid = (e: z.core.$ZodIssue): ImportIssue => ({ code: 'invalid', field: e.path.length ? String(e.path[0]) : null, rule: validationSaying(e) });
const CHECK = { reportInput: true } as const;

interface CheckedRow extends ImportRowPreview {
  input?: z.output<typeof organisationInput> | (z.output<typeof personInput> & { organisationName: string | null });
}

interface Lookup {
  orgByKey: Map<string, number>;
  emails: Set<string>;
}

/** Names and e-mails already in the register, read on the storage's fast path (50,000 people as entities took ~0.5 s). */
async function lookup(db: Database): Promise<Lookup> {
  const orgs = await rawAll<{ id: number; name: string }>(db, 'SELECT id, name FROM organisation WHERE deleted_at IS NULL ORDER BY id', []);
  const emails = await rawAll<{ email: string }>(db, 'SELECT email FROM person WHERE deleted_at IS NULL AND email IS NOT NULL', []);
  return {
    orgByKey: new Map(orgs.map((o) => [searchKey(o.name), o.id])),
    emails: new Set(emails.filter((p) => p.email).map((p) => p.email.toLowerCase())),
  };
}

async function checkRows(target: ImportTarget, table: ParsedTable, mapping: Record<string, number | null>, known: Lookup, tick: Tick): Promise<CheckedRow[]> {
  const seen = new Set<string>();
  const out: CheckedRow[] = [];
  for (const [i, cells] of table.rows.entries()) {
    await tick();
    const rowNumber = i + 2; // row 1 is the header, as the user sees it in Excel
    if (cells.every((c) => c === '')) continue;
    const values: Record<string, string> = {};
    for (const field of importFields[target]) {
      const col = mapping[field];
      values[field] = col === null || col === undefined ? '' : (cells[col] ?? '');
    }
    const errors: ImportIssue[] = [];
    const notes: ImportIssue[] = [];
    const relation = parseRelation(values.relation ?? '');
    if (relation === undefined) errors.push({ code: 'unknownRelation', value: values.relation ?? '' });
    let input: CheckedRow['input'];
    if (target === 'organisations') {
      let kind = parseKind(values.kind ?? '');
      if (!values.kind) {
        kind = 'other';
        notes.push({ code: 'kindDefaulted' });
      } else if (!kind) errors.push({ code: 'unknownKind', value: values.kind });
      const parsed = organisationInput.safeParse({ ...values, kind: kind ?? 'other', relation: relation ?? null }, CHECK);
      if (!parsed.success) errors.push(...parsed.error.issues.map(invalid));
      const key = searchKey(values.name);
      if (key && (known.orgByKey.has(key) || seen.has(key))) errors.push({ code: 'nameExists', name: values.name ?? '' });
      seen.add(key);
      if (parsed.success && errors.length === 0) input = parsed.data;
    } else {
      const { organisation = '', ...rest } = values;
      const parsed = personInput.safeParse({ ...rest, organisationId: null, relation: relation ?? null }, CHECK);
      if (!parsed.success) errors.push(...parsed.error.issues.map(invalid));
      const email = (values.email ?? '').trim().toLowerCase();
      if (email && (known.emails.has(email) || seen.has(email))) errors.push({ code: 'emailExists', email });
      if (email) seen.add(email);
      if (organisation && !known.orgByKey.has(searchKey(organisation))) notes.push({ code: 'newOrganisation', name: organisation });
      if (parsed.success && errors.length === 0) input = { ...parsed.data, organisationName: organisation || null };
    }
    out.push({ rowNumber, values, errors, notes, input });
  }
  return out;
}

/** Imports under way; actors.importCancel (the wizard's Annullér) stops them all at their next step. */
const running = new Set<AbortController>();

export const importsRunning = (): number => running.size;

export function cancelImports(): { cancelled: number } {
  const cancelled = running.size;
  for (const c of running) c.abort();
  return { cancelled };
}

/** Runs import work that stops when the user cancels or the caller (an HTTP client) goes away. */
async function cancellable<T>(signal: AbortSignal | undefined, work: (signal: AbortSignal, tick: Tick) => Promise<T>): Promise<T> {
  const own = new AbortController();
  running.add(own);
  const both = signal ? AbortSignal.any([signal, own.signal]) : own.signal;
  const yielder = createYielder(SLICE_MS);
  const tick: Tick = async () => {
    await yielder();
    if (both.aborted) throw limitError.cancelled();
  };
  try {
    return await work(both, tick);
  } finally {
    running.delete(own);
  }
}

async function prepare(db: Database, req: Req, tick: Tick, signal: AbortSignal) {
  const buf = Buffer.from(req.base64, 'base64');
  if (buf.length === 0) throw new ServiceError('VALIDATION', 'import.empty');
  const table = await parseTable(req.fileName, buf, req, tick, signal);
  if (table.header.every((h) => h === '')) throw new ServiceError('VALIDATION', 'import.noHeader');
  const mapping = { ...suggestMapping(req.target, table.header), ...(req.mapping ?? {}) };
  if (mapping.name === null || mapping.name === undefined) {
    throw new ServiceError('VALIDATION', 'import.chooseName', { 'mapping.name': 'field.mustChoose' });
  }
  for (const [field, col] of Object.entries(mapping)) {
    if (col !== null && col >= table.header.length) throw new ServiceError('VALIDATION', said('import.noColumn', { field }));
  }
  const rows = await checkRows(req.target, table, mapping, await lookup(db), tick);
  return { table, mapping, rows };
}

export function previewImport(db: Database, req: Req, signal?: AbortSignal): Promise<ImportPreview> {
  return cancellable(signal, (both, tick) => preview(db, req, tick, both));
}

async function preview(db: Database, req: Req, tick: Tick, signal: AbortSignal): Promise<ImportPreview> {
  const { table, mapping, rows } = await prepare(db, req, tick, signal);
  const errorCount = rows.filter((r) => r.errors.length > 0).length;
  // Rows with errors first, so the user sees what to fix.
  const shown = [...rows.filter((r) => r.errors.length), ...rows.filter((r) => !r.errors.length)].slice(0, PREVIEW_ROWS);
  return {
    target: req.target,
    columns: table.header,
    mapping,
    encoding: table.encoding,
    separator: table.separator,
    rows: shown.map(({ input: _input, ...r }) => r),
    totalRows: rows.length,
    validCount: rows.length - errorCount,
    errorCount,
  };
}

/**
 * Parsing and checking give the event loop a turn every few milliseconds; the rows are then written in
 * ONE transaction (in chunks, still yielding), so a failed or killed import leaves nothing behind.
 */
export function commitImport(db: Database, req: ChannelParsed<'actors.importCommit'>, signal?: AbortSignal): Promise<ImportResult> {
  return cancellable(signal, async (both, tick) => {
    const { rows } = await prepare(db, req, tick, both);
    // Once rows are being written, the one transaction finishes (or rolls back) as a whole.
    return write(db, req, rows, createYielder(SLICE_MS));
  });
}

const LARGE_IMPORT = 1000;

async function write(db: Database, req: ChannelParsed<'actors.importCommit'>, rows: CheckedRow[], tick: Tick): Promise<ImportResult> {
  const invalid = rows.filter((r) => r.errors.length > 0).length;
  if (req.mode === 'allOrNothing' && invalid > 0) {
    throw new ServiceError('VALIDATION', said('import.rowErrors', { count: invalid }));
  }
  const valid = rows.filter((r) => r.input);
  await db.tx(async (m) => {
    const stamp = now();
    if (req.target === 'organisations') {
      await insertOrganisations(m, valid.map((r) => r.input as z.output<typeof organisationInput>), stamp, tick);
      return;
    }
    const people = valid.map((r) => r.input as z.output<typeof personInput> & { organisationName: string | null });
    const orgIds = (await lookup(db)).orgByKey;
    const missing = new Map<string, string>();
    for (const { organisationName } of people) {
      const key = organisationName ? searchKey(organisationName) : '';
      if (key && !orgIds.has(key) && !missing.has(key)) missing.set(key, organisationName!);
    }
    const newIds = await insertOrganisations(
      m,
      [...missing.values()].map((name) => ({ name, kind: 'other', address: null, website: null, notes: null, relation: null, relationReason: null })),
      stamp,
      tick,
    );
    [...missing.keys()].forEach((key, i) => orgIds.set(key, newIds[i]!));
    await insertPeople(
      m,
      people.map(({ organisationName, ...p }) => ({ ...p, organisationId: organisationName ? (orgIds.get(searchKey(organisationName)) ?? null) : null })),
      stamp,
      tick,
    );
  });
  // Thousands of new rows change what the best plan is; SQLite's advice is to optimize after them.
  if (valid.length >= LARGE_IMPORT) await db.optimize();
  return { created: valid.length, skipped: rows.length - valid.length };
}
