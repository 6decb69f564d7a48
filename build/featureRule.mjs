// What the two feature rules (featureEntities.mjs, featureModules.mjs) share: which feature a linted
// file belongs to, unless an exception names it, and where a relative import points.
import path from 'node:path';

// A path glob as a regular expression; an asterisk matches within one folder.
export const globRegex = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);

/** The linted file (repo-relative, forward slashes) and its feature under main/, or null when not a feature file or an exception. */
export function featureFile(context, exceptionRes) {
  const rel = path.relative(context.cwd, context.filename).split(path.sep).join('/');
  const m = /^main\/([^/]+)\//.exec(rel);
  if (!m || exceptionRes.some((re) => re.test(rel))) return null;
  return { rel, feature: m[1] };
}

/** The repo-relative module a relative import of `rel` names. */
export const importTarget = (rel, source) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), source));
