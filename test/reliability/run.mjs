// `npm run reliability`: runs test/reliability and prints the figures each test recorded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('test-results/reliability');
fs.mkdirSync(dir, { recursive: true });
for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) fs.rmSync(path.join(dir, f));

const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'test/reliability', '--reporter=dot'], { stdio: 'inherit' });

const rows = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
  .sort((a, b) => a.test.localeCompare(b.test));
const w = Math.max(4, ...rows.map((r) => r.test.length));
const line = (a, b, c, d) => `${a.padEnd(w)} | ${String(b).padStart(6)} | ${String(c).padStart(6)} | ${d}`;
console.log(`\n${line('test', 'tried', 'failed', 'note')}\n${'-'.repeat(w + 20)}`);
for (const r of rows) console.log(line(r.test, r.tried, r.failed, r.note));
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(`\n${rows.length} figures, ${failed} failures${vitest.status ? `, vitest exit ${vitest.status}` : ''}`);
fs.writeFileSync(path.join(dir, 'summary.txt'), rows.map((r) => line(r.test, r.tried, r.failed, r.note)).join('\n') + '\n');
process.exit(vitest.status || (failed > 0 ? 1 : 0));
