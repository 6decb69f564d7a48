import type { Page } from 'playwright-core';

/** What a screen reader would call the focused element: aria-label, its label, or its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return '';
    const label = (a as HTMLInputElement).labels?.[0]?.textContent;
    return (a.getAttribute('aria-label') ?? label ?? a.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after 80 presses. */
export async function tabTo(page: Page, name: RegExp, back = false) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab nåede aldrig ${name}; sidst: ${await focusedName(page)}`);
}
