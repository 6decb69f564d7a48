/**
 * Issue 16: what a stale form puts back after "Genindlæs". Values as paths ("data.name"), so nested
 * form values (an initiative's data) work too; arrays (target groups, budget lines) are one value.
 */
type Leaves = Map<string, unknown>;
function leavesOf(v: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) leavesOf(x, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, v);
  return out;
}
/** '' and null are the same to a user: an empty field. */
const norm = (v: unknown) => (v === null || v === undefined ? '' : v);
const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));
/** Rich text (a memo's sections) is shown as its words, one paragraph a line. */
const plain = (s: string) => (/^\s*</.test(s) ? new DOMParser().parseFromString(s.replace(/<\/(p|li|h\d)>/g, '\n$&'), 'text/html').body.textContent?.trim() ?? s : s);
export const shown = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x !== 'object').join(', ') : plain(String(norm(v))));

export function withLeaf<V>(values: V, path: string, value: unknown): V {
  const keys = path.split('.');
  const copy = structuredClone(values) as Record<string, unknown>;
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy as V;
}

/** The fields the user changed since the form's base, and which of them the colleague changed too. */
export function ownChanges<V>(base: V, typed: V, fresh: V): { path: string; value: unknown; alsoTheirs: boolean }[] {
  const b = leavesOf(base);
  const f = leavesOf(fresh);
  const out: { path: string; value: unknown; alsoTheirs: boolean }[] = [];
  for (const [path, value] of leavesOf(typed)) {
    if (same(value, b.get(path))) continue;
    out.push({ path, value, alsoTheirs: !same(f.get(path), b.get(path)) && !same(f.get(path), value) });
  }
  return out;
}


/** The user's own changes put back on top of the colleague's version (nothing else of theirs is touched). */
export function putBack<V>(fresh: V, changes: { path: string; value: unknown }[]): V {
  let next = fresh;
  for (const c of changes) next = withLeaf(next, c.path, c.value);
  return next;
}
