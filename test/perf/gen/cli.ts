/** npm run gen -- --size S|M|L --db PATH [--seed TEXT] */
import fs from 'node:fs';
import { openDatabase } from '../../../db/database';
import { generate } from './generate';
import { parseSize } from './sizes';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const size = parseSize(arg('size'));
  const file = arg('db');
  if (!file) throw new Error('Angiv datafilen med --db STI');
  if (fs.existsSync(file)) throw new Error(`${file} findes allerede. Generatoren fylder kun en ny, tom datafil.`);
  const db = await openDatabase({ file });
  try {
    const { counts, ms } = await generate(db, size, { seed: arg('seed'), log: (m) => console.log(`  ${m}`) });
    console.log(`Størrelse ${size} skrevet til ${file} på ${(ms / 1000).toFixed(1)} s:`, counts);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
