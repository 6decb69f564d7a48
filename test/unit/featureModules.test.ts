import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'samspil/feature-modules').map((m) => m.message);
}

const use = (from: string, names = 'x') => `import { ${names} } from '${from}';\nexport const y = ${names.split(',')[0]!.trim()};\n`;

describe("ESLint: a feature uses another only through its public modules (lookup, seams, the listed few)", () => {
  it("refuses another feature's internal module and points to its lookup and seams", async () => {
    const found = await problems('main/mail/x.ts', use('../meetings/detail', 'meetingDetail'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('main/meetings/detail.ts');
    expect(found[0]).toContain('main/meetings/lookup.ts');
    expect(found[0]).toContain('main/meetings/seams.ts');
    expect(await problems('main/statusReport/x.ts', use('../initiatives/trackService', 'listTracksIn'))).toHaveLength(1);
    expect(await problems('main/overview/x.ts', use('../planning/milestoneService.ts', 'milestonesOfYear'))).toHaveLength(1);
  });

  it('sees re-exports and dynamic imports too', async () => {
    expect(await problems('main/mail/x.ts', "export { markInvited } from '../meetings/inviteeService';\n")).toHaveLength(1);
    expect(await problems('main/mail/x.ts', "export * from '../meetings/inviteeService';\n")).toHaveLength(1);
    expect(await problems('main/mail/x.ts', "export const f = () => import('../meetings/inviteeService');\n")).toHaveLength(1);
  });

  it("allows the public modules, the own feature's modules and shared infrastructure", async () => {
    expect(await problems('main/mail/x.ts', use('../meetings/lookup', 'meetingDetail'))).toEqual([]);
    expect(await problems('main/mail/x.ts', use('../meetings/seams', 'markInvited'))).toEqual([]);
    expect(await problems('main/memos/x.ts', use('../initiatives/seams', 'setInitiativeStatus'))).toEqual([]);
    expect(await problems('main/meetings/x.ts', use('./detail', 'meetingDetail'))).toEqual([]);
    for (const shared of ['../api/serviceError', '../app/days', '../documents/format', '../houseStyle/letterhead', '../versions/versions', '../search/searchIndex', '../../db/textKeys']) {
      expect(await problems('main/goals/x.ts', use(shared))).toEqual([]);
    }
  });

  it('lets the listed public modules through only to the features named for them', async () => {
    expect(await problems('main/search/x.ts', use('../memos/searchDoc', 'indexMemo'))).toEqual([]);
    expect(await problems('main/gdpr/x.ts', use('../meetings/searchDocs', 'indexMeeting'))).toEqual([]);
    expect(await problems('main/search/x.ts', use('../meetings/searchContext', 'meetingContexts'))).toEqual([]);
    expect(await problems('main/overview/x.ts', use('../memos/searchDoc', 'indexMemo'))).toHaveLength(1);
    expect(await problems('main/gdpr/x.ts', use('../meetings/searchContext', 'meetingContexts'))).toHaveLength(1);
    expect(await problems('main/goals/x.ts', use('../statusReport/service', 'statusReportDocument'))).toEqual([]);
    expect(await problems('main/shell/x.ts', use('../host/csp', 'CONTENT_SECURITY_POLICY'))).toEqual([]);
    expect(await problems('main/database/x.ts', "import type { SecretStore } from '../mail/secrets';\nexport type S = SecretStore;\n")).toEqual([]);
  });

  it('lets the named exceptions through (the API wiring, process start, demo data) and no one else', async () => {
    const code = use('../meetings/inviteeService', 'markInvited');
    expect(await problems('main/api/handlers.ts', code)).toEqual([]);
    expect(await problems('main/app/startup.ts', code)).toEqual([]);
    expect(await problems('main/demo/demoData.ts', code)).toEqual([]);
    expect(await problems('main/overview/demo.ts', code)).toEqual([]);
    expect(await problems('main/demo/other.ts', code)).toHaveLength(1);
    expect(await problems('main/overview/demoItems.ts', code)).toHaveLength(1);
  });
});
