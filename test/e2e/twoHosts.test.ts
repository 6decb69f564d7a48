import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../helpers/webApp';
import { queryDb, startTwoHosts, type TwoHosts } from '../helpers/twoHosts';

let two: TwoHosts;
beforeAll(async () => {
  two = await startTwoHosts({ demo: true });
}, 300_000);
afterAll(async () => {
  await two?.close();
}, 60_000);

/** Waits for `found` in host B without a reload, and returns how long after `since` it appeared. */
async function secondsUntil(since: number, found: () => Promise<void>): Promise<number> {
  await found();
  return (Date.now() - since) / 1000;
}

describe('two browser-mode hosts on one PostgreSQL server', () => {
  it("a colleague's new organisation appears in the other host's open list within 2 s, without a reload", async () => {
    const { a, b } = two;
    await b.page.evaluate(() => (location.hash = '#/actors/organisations'));
    await b.page.getByRole('option').first().waitFor();
    // Filtered to the new name, so the long (virtual) list has it in view when it comes.
    await b.page.getByRole('textbox', { name: 'Søg' }).fill('Æblegård');
    await b.page.getByText('Intet matcher søgningen og filtrene.').waitFor();
    await b.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await a.page.evaluate(() => (location.hash = '#/actors/organisations'));
    await a.page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = a.page.getByRole('dialog');
    await dialog.getByLabel('Navn').fill('Æblegårdens Ungdomsklub');
    await choose(a.page, 'Type', 'Folkeskole');
    await choose(a.page, 'Relation til partnerskabet', 'Inddrages ad hoc');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await a.page.getByRole('heading', { name: 'Æblegårdens Ungdomsklub' }).waitFor();
    const saved = Date.now();

    const took = await secondsUntil(saved, () => b.page.getByRole('option', { name: /Æblegårdens Ungdomsklub/ }).waitFor({ timeout: 5_000 }));
    expect(took).toBeLessThan(2);
    expect(await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("a meeting renamed in one host changes in the other's open meeting within 2 s", async () => {
    const { a, b } = two;
    const [meeting] = await queryDb<{ id: number; title: string }>(two, "SELECT id, title FROM meeting WHERE deleted_at IS NULL ORDER BY id LIMIT 1");
    expect(meeting).toBeDefined();
    for (const h of [a, b]) {
      await h.page.evaluate((id) => (location.hash = `#/meetings/list/${id}`), meeting!.id);
      await h.page.getByRole('heading', { name: meeting!.title }).waitFor();
    }
    await b.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await a.page.getByRole('button', { name: 'Redigér' }).click();
    const dialog = a.page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill('Strategimøde om ungegarantien – ændret');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await a.page.getByRole('heading', { name: 'Strategimøde om ungegarantien – ændret' }).waitFor();
    const saved = Date.now();

    const took = await secondsUntil(saved, () => b.page.getByRole('heading', { name: 'Strategimøde om ungegarantien – ændret' }).waitFor({ timeout: 5_000 }));
    expect(took).toBeLessThan(2);
    expect(await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect((await queryDb<{ title: string }>(two, `SELECT title FROM meeting WHERE id = ${meeting!.id}`))[0]!.title).toBe('Strategimøde om ungegarantien – ændret');
    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
