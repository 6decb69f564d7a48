// Prints the closing line CI reads: "N passed, N failed". A failure before the tests ran
// (install, typecheck, lint, build) counts as one failure. Takes one or more runs as
// "report.json status" pairs (the SQLite run, then the PostgreSQL run) and counts them together.
import fs from 'node:fs';

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (let i = 0; i < args.length; i += 2) {
  const [file, status] = [args[i], args[i + 1]];
  let p = 0;
  let f = 0;
  if (fs.existsSync(file)) {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    p = report.numPassedTests ?? 0;
    f = report.numFailedTests ?? 0;
    if (report.numFailedTestSuites > 0 && f === 0) f = report.numFailedTestSuites;
    for (const suite of report.testResults ?? []) {
      const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
      if (suite.status === 'failed' && failedTests.length === 0) console.log(`FAILED ${file}: ${suite.name}: ${firstLine(suite.message)}`);
      for (const t of failedTests) console.log(`FAILED ${file}: ${suite.name} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    }
  }
  if (Number(status) !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
}
console.log(`${passed} passed, ${failed} failed`);

function firstLine(text) {
  return String(text ?? '').split('\n')[0].slice(0, 300);
}
