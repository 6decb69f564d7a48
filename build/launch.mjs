// `npm start`: launch the built app in Electron, with an Electron-ABI build of better-sqlite3
// kept apart from node_modules (whose Node build the tests use).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Reads the path the electron package records after its download; loading the package itself would
// try to download the binary when it is missing, which fails on machines without network.
function electronBinary() {
  try {
    const pkgDir = process.env.SAMSPIL_ELECTRON_PKG ?? path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
    const bin = path.join(pkgDir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
if (!bin) {
  console.error(
    'Electron-programmet er ikke installeret på denne maskine (installeret med ELECTRON_SKIP_BINARY_DOWNLOAD=1).\n' +
      'Brug browsertilstand i stedet:  npm run web -- --demo\n' +
      'Eller installér Electron med netadgang:  npm rebuild electron',
  );
  process.exit(1);
}

const electronVersion = require('electron/package.json').version;
const nativeDir = path.join(root, '.native', `electron-${electronVersion}`);
const nativeFile = path.join(nativeDir, 'better_sqlite3.node');
if (!fs.existsSync(nativeFile)) {
  console.log(`Bygger better-sqlite3 til Electron ${electronVersion} (første gang, kræver netadgang) …`);
  const work = path.join(root, '.native', 'build-better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const nodeGyp = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit' });
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), nativeFile);
}

const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, SAMSPIL_NATIVE_BINDING: nativeFile } });
child.on('exit', (code) => process.exit(code ?? 0));
