/**
 * Screenshots of every page and tab at 1280×720 and 1920×1080 on demo data, for a person to look at:
 * `npx electron-vite build && npx tsx test/e2e/takeScreenshots.ts [outDir]`. Also lists text that the
 * layout cut off (an ellipsis where the whole word did not fit).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../helpers/browser';
import { startWebApp } from '../helpers/webApp';
import { openScreen, screensOf } from './a11yPages';

async function main() {
  const outDir = path.resolve(process.argv[2] ?? 'test-results/screenshots');
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const app = await startWebApp({ demo: true, browser, viewport });
    const shoot = async (name: string) => {
      const file = path.join(outDir, `${viewport.width}-${name.replace(/\//g, '_')}.png`);
      await app.page.screenshot({ path: file, fullPage: false });
      const cut = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((el) => el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow === 'ellipsis')
          .map((el) => el.textContent?.trim())
          .filter(Boolean),
      );
      console.log(`${path.basename(file)}${cut.length ? `  cut: ${cut.slice(0, 8).join(' | ')}` : ''}`);
    };
    for (const s of await screensOf(app)) {
      await openScreen(app.page, s.hash);
      await shoot(s.hash);
      if (!s.clickTabs) continue;
      const tabs = app.page.locator('main [role="tab"]');
      for (let i = 1; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await app.page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
        await shoot(`${s.hash}-tab${i}`);
      }
    }
    await app.close();
    // An empty file: the first-run guide.
    const empty = await startWebApp({ demo: false, browser, viewport });
    await openScreen(empty.page, 'overview');
    const file = path.join(outDir, `${viewport.width}-empty-overview.png`);
    await empty.page.screenshot({ path: file, fullPage: false });
    console.log(path.basename(file));
    await empty.close();
  }
  await browser.close();
}

void main();
