import type { BrowserContext, Page } from 'playwright-core';

/**
 * Toasts (Mantine notifications) close by themselves after 3–10 s. On a loaded machine the test can
 * come to look after that, so the page records the text of every toast it shows from the start, and a
 * test waits for one shown after its own action, whether it is still on screen or not.
 * Install before the page loads (on the context, or on the page before `goto`).
 */
export async function recordToasts(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const w = window as unknown as { __samspilToasts: string[] };
    w.__samspilToasts = [];
    const seen = new WeakMap<Element, string>();
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.mantine-Notification-root')) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && seen.get(el) !== text) {
          seen.set(el, text);
          w.__samspilToasts.push(text);
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Runs `action` and waits until a toast shown after it contains `text` (a string, or a pattern). */
export async function expectToast(page: Page, text: string | RegExp, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __samspilToasts?: string[] }).__samspilToasts?.length ?? -1);
  if (before < 0) throw new Error('recordToasts() was not installed on this page');
  await action();
  const want = typeof text === 'string' ? { source: text, flags: '', literal: true } : { source: text.source, flags: text.flags, literal: false };
  await page
    .waitForFunction(
      ([from, w]) => {
        const shown = (window as unknown as { __samspilToasts?: string[] }).__samspilToasts ?? [];
        return shown.slice(from).some((t) => (w.literal ? t.includes(w.source) : new RegExp(w.source, w.flags).test(t)));
      },
      [before, want] as const,
    )
    .catch(async (err: Error) => {
      const shown = await page.evaluate(() => (window as unknown as { __samspilToasts?: string[] }).__samspilToasts ?? []).catch(() => []);
      throw new Error(`No toast with ${String(text)} after the action; toasts shown: ${JSON.stringify(shown.slice(before))}\n${err.message}`);
    });
}
