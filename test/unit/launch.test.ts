import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without the Electron binary', () => {
  it('stops with a clear message that names browser mode', () => {
    const r = spawnSync(process.execPath, ['build/launch.mjs'], { env: { ...process.env, SAMSPIL_ELECTRON_PKG: '/nonexistent/electron' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Electron-programmet er ikke installeret');
    expect(r.stderr).toContain('npm run web');
  });
});
