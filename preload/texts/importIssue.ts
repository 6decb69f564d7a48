import type { ImportIssue } from '../contract/actors';
import { sayValidation } from '../contract/validationMessages';
import { da } from './da';
import { en } from './en';

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);

/** An import preview's error or note in the reader's language ("Ukendt type “Rumstation”" / "Unknown kind “Rumstation”"). */
export function importIssueText(issue: ImportIssue, lang: 'da' | 'en' = 'da'): string {
  const texts = lang === 'en' ? en : da;
  const t = texts.import.issue;
  switch (issue.code) {
    case 'unknownRelation':
      return fill(t.unknownRelation, { value: issue.value, core: texts.relation.core, adhoc: texts.relation.adhoc });
    case 'unknownKind':
      return fill(t.unknownKind, { value: issue.value });
    case 'nameExists':
      return fill(t.nameExists, { name: issue.name });
    case 'emailExists':
      return fill(t.emailExists, { email: issue.email });
    case 'invalid': {
      const field = (issue.field && (texts.fields as Record<string, string>)[issue.field]) || t.row;
      return fill(t.invalid, { field, message: sayValidation(issue.rule, lang) });
    }
    case 'kindDefaulted':
      return fill(t.kindDefaulted, { other: texts.organisationKind.other });
    case 'newOrganisation':
      return fill(t.newOrganisation, { name: issue.name });
  }
}
