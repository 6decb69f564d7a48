import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFigure } from './figures';

const root = path.resolve(__dirname, '../..');

function installed(): boolean {
  if (process.env.ELECTRONEGATIVITY_DIR) return true;
  try {
    createRequire(path.join(root, 'package.json')).resolve('@doyensec/electronegativity/package.json');
    return true;
  } catch {
    return false;
  }
}

describe('Electronegativity static scan', () => {
  // A devDependency: present after `npm ci`; a node_modules from before it was added skips with this name.
  it.skipIf(!installed())('finds nothing in main, preload and the renderer HTML that is not fixed or waived with a reason', () => {
    const run = spawnSync(process.execPath, ['build/electronegativity.mjs'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const lines = run.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]!) as { checksRun: number; findings: number; waived: number; notWaived: number };
    const open = lines.filter((l) => l.startsWith('FINDING'));
    recordFigure('Electronegativity static scan', summary.checksRun, summary.notWaived, `${summary.findings} findings, ${summary.waived} waived with a reason (build/electronegativity-waivers.json)`);
    expect(open).toEqual([]);
    expect(summary.checksRun).toBeGreaterThan(30);
    expect(run.status).toBe(0);
  }, 150_000);
});
