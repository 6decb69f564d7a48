import fs from 'node:fs';
import path from 'node:path';

export const FIGURES_DIR = path.resolve(__dirname, '../../test-results/reliability');

/** Each reliability test leaves one figure line for `npm run reliability`. */
export function recordFigure(test: string, tried: number, failed: number, note = ''): void {
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  const slug = test.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  fs.writeFileSync(path.join(FIGURES_DIR, `${slug}.json`), JSON.stringify({ test, tried, failed, note, at: new Date().toISOString() }, null, 2));
}
