// `npm run scan:electron`: Electronegativity (Doyensec's static scanner for Electron apps) over the
// main process, the preload and the renderer's HTML, as a second opinion next to the shell tests.
// Every finding is either fixed or waived with a reason in build/electronegativity-waivers.json;
// an unwaived finding fails the scan. Prints one JSON summary line last (read by the reliability test).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Offline and deterministic: this check asks GitHub for newer Electron releases.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

function scannerDir() {
  if (process.env.ELECTRONEGATIVITY_DIR) return process.env.ELECTRONEGATIVITY_DIR;
  return path.dirname(createRequire(path.join(root, 'package.json')).resolve('@doyensec/electronegativity/package.json'));
}

/** The scanner takes one folder: a copy of what ships to Electron (sources are scanned as TypeScript). */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-eg-'));
  for (const d of ['main', 'preload']) fs.cpSync(path.join(root, d), path.join(dir, d), { recursive: true });
  fs.copyFileSync(path.join(root, 'renderer/index.html'), path.join(dir, 'index.html'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

const dir = stage();
const run = createRequire(import.meta.url)(path.join(scannerDir(), 'dist/runner.js'));
let result;
try {
  // The CLI's own runner, called as a library: it returns the checks it ran and any file it could not parse.
  result = await run({
    input: dir,
    customScan: [],
    excludeFromScan: EXCLUDED.map((c) => c.toLowerCase()),
    isRelative: true,
    isVerbose: false,
    isSarif: false,
    parserPlugins: [],
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(`could not parse ${e.file}: ${e.message}`);
  process.exit(2);
}
const { waivers } = JSON.parse(fs.readFileSync(path.join(root, 'build/electronegativity-waivers.json'), 'utf8'));
const findings = result.issues.map((i) => ({
  check: i.id,
  severity: i.severity.name ?? String(i.severity.value),
  file: i.file,
  location: `${i.location.line}:${i.location.column}`,
  sample: String(i.sample ?? '').slice(0, 160),
  waiver: waivers.find((w) => w.check === i.id && w.file === i.file)?.reason ?? null,
}));
for (const f of findings) console.log(`${f.waiver ? 'waived ' : 'FINDING'} ${f.check} ${f.severity} ${f.file}:${f.location}${f.waiver ? '' : `  ${f.sample}`}`);
for (const w of waivers.filter((w) => !findings.some((f) => f.check === w.check && f.file === w.file))) console.log(`unused waiver: ${w.check} ${w.file}`);
const open = findings.filter((f) => !f.waiver);
console.log(JSON.stringify({ checksRun: result.globalChecks + result.atomicChecks, findings: findings.length, waived: findings.length - open.length, notWaived: open.length }));
process.exit(open.length > 0 ? 1 : 0);
