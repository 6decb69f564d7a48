// ESLint rule (issue 12, architecture): a file in main/<feature>/ uses another feature only through that
// feature's public modules: lookup.ts (reads: existence, liveness, names, views and documents others
// show) and seams.ts (the named cross-feature writes), plus the few public modules listed below. Every
// other module of a feature is internal to it. Shared infrastructure (api, app, documents, houseStyle,
// versions, search, and db/ and preload/ outside main) is no feature: anyone may import it.
import { featureFile, globRegex, importTarget } from './featureRule.mjs';

/** Folders of main/ that are shared infrastructure, not features: importing them is always fine. */
export const INFRASTRUCTURE = ['api', 'app', 'documents', 'houseStyle', 'versions', 'search'];

/** A feature's public modules by default (main/<feature>/<name>.ts). */
export const DEFAULT_PUBLIC = ['lookup', 'seams'];

/**
 * Further public modules, each with who may use it and why. Globs are relative to the repository;
 * `*` matches one path segment. `to` lists the importing folders (every folder when absent).
 */
export const PUBLIC_MODULES = [
  { files: 'main/*/searchDoc.ts', to: ['search', 'gdpr'], reason: 'A feature\'s search documents: the indexer rebuilds them all, GDPR erasure re-indexes what it changed.' },
  { files: 'main/*/searchDocs.ts', to: ['search', 'gdpr'], reason: 'As searchDoc.ts, for features with more than one kind of search document.' },
  { files: 'main/*/searchContext.ts', to: ['search'], reason: 'A feature\'s hit contexts (where a search hit sits), which the search screen shows.' },
  { files: 'main/statusReport/service.ts', reason: 'The status report is a document over goals, initiatives and meetings; goals\' handlers offer it.' },
  { files: 'main/mail/secrets.ts', reason: 'The SecretStore port: the shell implements it, the database settings seal their password with it.' },
  { files: 'main/host/csp.ts', reason: 'One content security policy for the browser host and the desktop shell\'s protocol.' },
];

/** Files that may import any feature's internal modules, each with why. */
export const FEATURE_MODULE_EXCEPTIONS = [
  { files: 'main/api/*', reason: 'The composition root: maps every channel to its feature\'s handlers and wraps each command in audit, damage and language checks.' },
  { files: 'main/app/*', reason: 'Process start: backups before the first command and demo data on first run.' },
  { files: 'main/demo/demoData.ts', reason: 'Demo data writes a whole partnership across features with their own create functions.' },
  { files: 'main/*/demo.ts', reason: 'Demo data: each feature\'s demo rows are made with the other features\' create functions.' },
];

const exceptionRes = FEATURE_MODULE_EXCEPTIONS.map((e) => globRegex(e.files));
const publicRes = PUBLIC_MODULES.map((p) => ({ re: globRegex(p.files), to: p.to }));

export const featureModules = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid importing another feature's internal modules: use its lookup.ts, seams.ts or a listed public module" },
    messages: {
      internal: "main/{{feature}} must not import {{target}}: it is internal to main/{{owner}}. Use main/{{owner}}/lookup.ts (reads) or main/{{owner}}/seams.ts (writes); add what you need there.",
    },
    schema: [],
  },
  create(context) {
    const own = featureFile(context, exceptionRes);
    if (!own) return {};
    const { rel, feature } = own;
    const check = (node, source = node.source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = importTarget(rel, source.value).replace(/\.ts$/, '');
      const t = /^main\/([^/]+)\/(.+)$/.exec(target);
      if (!t) return;
      const [, owner, module] = t;
      if (owner === feature || INFRASTRUCTURE.includes(owner) || DEFAULT_PUBLIC.includes(module)) return;
      const file = `${target}.ts`;
      if (publicRes.some((p) => p.re.test(file) && (!p.to || p.to.includes(feature)))) return;
      context.report({ node, messageId: 'internal', data: { feature, target: file, owner } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check(node, node.source) };
  },
};
