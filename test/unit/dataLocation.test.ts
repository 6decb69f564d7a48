import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStartArgs, userDataDir } from '../../main/app/dataLocation';

describe('where the data file lives', () => {
  it('defaults to the OS user-data folder', () => {
    expect(userDataDir({ APPDATA: 'C:\\Users\\mette\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\mette\\AppData\\Roaming', 'Samspil'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/home/mette/.config' }, 'linux')).toBe('/home/mette/.config/Samspil');
    expect(parseStartArgs([], {}, '/data/Samspil').dbFile).toBe('/data/Samspil/samspil.sqlite');
  });

  it('takes --db, --db=, SAMSPIL_DB, --port and --demo', () => {
    expect(parseStartArgs(['--db', '/tmp/a.sqlite'], {}, '/x').dbFile).toBe('/tmp/a.sqlite');
    expect(parseStartArgs(['--db=/tmp/b.sqlite'], {}, '/x').dbFile).toBe('/tmp/b.sqlite');
    expect(parseStartArgs([], { SAMSPIL_DB: '/tmp/c.sqlite' }, '/x').dbFile).toBe('/tmp/c.sqlite');
    expect(parseStartArgs(['--db', '/tmp/d.sqlite'], { SAMSPIL_DB: '/tmp/c.sqlite' }, '/x').dbFile).toBe('/tmp/d.sqlite');
    const o = parseStartArgs(['--port', '5123', '--demo'], {}, '/x');
    expect(o.port).toBe(5123);
    expect(o.demo).toBe(true);
    expect(parseStartArgs(['--port', 'abc'], {}, '/x').port).toBe(0);
  });
});
