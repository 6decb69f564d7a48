import type { BrowserContext, Page } from 'playwright-core';

/**
 * Counts the page's API calls in flight (browser mode calls /api/… with fetch), so a test can wait for
 * a screen to have settled instead of for a fixed time. Install before the page loads.
 */
export async function trackApiCalls(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const w = window as unknown as { __samspilInFlight: number };
    w.__samspilInFlight = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      w.__samspilInFlight++;
      try {
        return await original(...args);
      } finally {
        w.__samspilInFlight--;
      }
    };
  });
}

/**
 * After a navigation or a click: lets React take the change (two frames), then waits until no API call
 * is in flight and no loader is shown. The frames matter: right after `location.hash = …` the old
 * screen is still there, loader-free, and would pass the check.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForFunction(() => ((window as unknown as { __samspilInFlight?: number }).__samspilInFlight ?? 0) === 0 && document.querySelectorAll('.mantine-Loader-root').length === 0);
}
