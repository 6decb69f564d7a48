import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'samspil/feature-entities').map((m) => m.message);
}

describe('ESLint: a feature imports only its own entities (issue 12)', () => {
  it("refuses another feature's entity and names the owner's lookup module", async () => {
    const found = await problems('main/planning/x.ts', "import { BodyEntity } from '../../db/entities/actors';\nexport const x = BodyEntity;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('main/actors/lookup.ts');
    expect(found[0]).toContain('BodyEntity');
  });

  it('accepts the own feature, and shared files by entity (goals in initiatives.ts, the meeting calendar in mail.ts)', async () => {
    expect(await problems('main/actors/x.ts', "import { BodyEntity } from '../../db/entities/actors';\nexport const x = BodyEntity;\n")).toEqual([]);
    expect(await problems('main/goals/x.ts', "import { GoalEntity } from '../../db/entities/initiatives';\nexport const x = GoalEntity;\n")).toEqual([]);
    expect(await problems('main/meetings/x.ts', "import { MeetingCalendarEntity } from '../../db/entities/mail';\nexport const x = MeetingCalendarEntity;\n")).toEqual([]);
    expect(await problems('main/goals/x.ts', "import { TrackEntity } from '../../db/entities/initiatives';\nexport const x = TrackEntity;\n")).toHaveLength(1);
    expect(await problems('main/meetings/x.ts', "import { MailMessageEntity } from '../../db/entities/mail';\nexport const x = MailMessageEntity;\n")).toHaveLength(1);
  });

  it('lets the named exceptions through (GDPR erasure, the search indexer, demo data) and no one else', async () => {
    const code = "import { MemoEntity } from '../../db/entities/memos';\nexport const x = MemoEntity;\n";
    expect(await problems('main/gdpr/erasure.ts', code)).toEqual([]);
    expect(await problems('main/search/reindex.ts', code)).toEqual([]);
    expect(await problems('main/overview/demo.ts', code)).toEqual([]);
    expect(await problems('main/gdpr/other.ts', code)).toHaveLength(1);
    expect(await problems('main/search/searchIndex.ts', code)).toHaveLength(1);
  });

  it('sees re-exports too', async () => {
    expect(await problems('main/overview/x.ts', "export { MemoEntity } from '../../db/entities/memos';\n")).toHaveLength(1);
  });
});
