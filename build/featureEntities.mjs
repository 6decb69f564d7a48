// ESLint rule (issue 12): a file in main/<feature>/ imports only its own feature's entities. Another
// feature's data is read through that feature's lookup module (main/<owner>/lookup.ts: existence,
// liveness, names) and written through its seams (main/<owner>/seams.ts), never through db/entities
// directly. Which modules of a feature others may import at all: build/featureModules.mjs.
import { featureFile, globRegex, importTarget } from './featureRule.mjs';

/** Entity file (db/entities/<file>.ts) → the feature folders that own it. */
const OWNERS = {
  actors: ['actors'],
  audit: ['audit'],
  gdpr: ['gdpr'],
  initiatives: ['initiatives'],
  involvement: ['involvement'],
  letterhead: ['houseStyle'],
  mail: ['mail'],
  meetings: ['meetings'],
  memos: ['memos'],
  planning: ['planning'],
  settings: ['settings'],
};

/** Entities whose owner is not their file's (they share a file with another feature's tables). */
const NAME_OWNERS = {
  GoalEntity: ['goals'], GoalRow: ['goals'], MeasurementEntity: ['goals'], KeyFigureEntity: ['goals'], KeyFigureRowDb: ['goals'], KeyFigureValueEntity: ['goals'],
  MeetingCalendarEntity: ['meetings'], MeetingCalendarRow: ['meetings'],
};

/**
 * Files that must read or write other features' tables directly, each with why. Globs are relative
 * to the repository; `*` matches one path segment.
 */
export const FEATURE_ENTITY_EXCEPTIONS = [
  { files: 'main/gdpr/erasure.ts', reason: 'GDPR erasure must find and remove a person in every table that holds them.' },
  { files: 'main/gdpr/personData.ts', reason: 'GDPR insight (Art. 15) lists a person from every table that holds them.' },
  { files: 'main/gdpr/textSources.ts', reason: 'GDPR search for a name in free text walks every text column of every feature.' },
  { files: 'main/gdpr/redactTexts.ts', reason: 'GDPR redaction rewrites free text in meetings and memos.' },
  { files: 'main/gdpr/retention.ts', reason: 'GDPR retention finds ad hoc actors whose storage period has run out across features.' },
  { files: 'main/search/reindex.ts', reason: 'The search indexer rebuilds every feature\'s documents in bulk, in one pass per table.' },
  { files: 'main/demo/demoData.ts', reason: 'Demo data writes a whole partnership across features in one go.' },
  { files: 'main/*/demo.ts', reason: 'Demo data: each feature\'s demo rows refer to the demo actors and initiatives.' },
];

const exceptionRes = FEATURE_ENTITY_EXCEPTIONS.map((e) => globRegex(e.files));

export const featureEntities = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid importing another feature's entities outside its lookup module" },
    messages: {
      foreign: "main/{{feature}} must not import {{names}} from db/entities/{{file}} (owned by main/{{owner}}): use main/{{owner}}/lookup.ts (reads) or main/{{owner}}/seams.ts (writes).",
    },
    schema: [],
  },
  create(context) {
    const own = featureFile(context, exceptionRes);
    if (!own) return {};
    const { rel, feature } = own;
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = importTarget(rel, node.source.value);
      const e = /^db\/entities\/([^/]+?)(\.ts)?$/.exec(target);
      if (!e || e[1] === 'index') return;
      const file = e[1];
      const names = node.type === 'ImportDeclaration' ? node.specifiers.map((s) => (s.type === 'ImportSpecifier' ? s.imported.name : '*')) : ['*'];
      const foreign = names.filter((n) => !(NAME_OWNERS[n] ?? OWNERS[file] ?? []).includes(feature));
      if (!foreign.length) return;
      const owner = (NAME_OWNERS[foreign[0]] ?? OWNERS[file] ?? ['?'])[0];
      context.report({ node, messageId: 'foreign', data: { feature, names: foreign.join(', '), file, owner } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
