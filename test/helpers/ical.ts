import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ParsedEvent {
  summary: string;
  location: string;
  description: string;
  tzid: string | undefined;
  start: string;
  end: string;
  utcStart: string;
  attendees: { email: string; cn: string; partstat: string }[];
}

/** Debian's python3 with python3-icalendar (test/setup.sh installs it); pyenv shims may lack the package. */
function python(): string {
  for (const p of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(p, ['-c', 'import icalendar'], { stdio: 'ignore' });
      return p;
    } catch {
      // try the next
    }
  }
  throw new Error('python3-icalendar mangler: apt-get install -y python3-icalendar');
}

/** Parses .ics bytes with Python's icalendar library, an implementation independent of ours. */
export function parseIcs(ics: Buffer | string): { method: string; events: ParsedEvent[] } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ics-')), 'cal.ics');
  fs.writeFileSync(file, ics);
  const out = execFileSync(python(), [path.resolve('test/helpers/parseIcs.py'), file], { encoding: 'utf8' });
  return JSON.parse(out) as { method: string; events: ParsedEvent[] };
}
