// Prints the closing line CI reads: "N passed, N failed". A failure before the tests ran
// (install, typecheck, lint, build) counts as one failure.
import fs from 'node:fs';

const [file, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (fs.existsSync(file)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  if (report.numFailedTestSuites > 0 && failed === 0) failed = report.numFailedTestSuites;
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
