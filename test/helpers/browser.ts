import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium blev ikke fundet. Installér det (apt-get install -y chromium) eller sæt CHROMIUM_PATH.');
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * How long a Playwright action or wait may take before it fails. A ceiling for a loaded 2-core CI
 * machine (eight runs at once): waits end as soon as their condition holds, so it only decides how
 * long a real failure takes to be reported.
 */
export const UI_TIMEOUT = 30_000;

export const downloadsDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-dl-'));
