import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, choose } from '../helpers/webApp';
import { listenToCommits, median, queryDb, seenAt, startTwoHosts, watchFor, type CommitClock, TWO_HOSTS_START_MS, type TwoHosts } from '../helpers/twoHosts';

let two: TwoHosts;
let commits: CommitClock;
beforeAll(async () => {
  two = await startTwoHosts({ demo: true });
  commits = await listenToCommits(two);
}, TWO_HOSTS_START_MS);
afterAll(async () => {
  await commits?.close();
  await two?.close();
});

/**
 * The requirement: a colleague's change shows in the other host within 2 s. What is measured is the
 * app's push path, from the commit (NOTIFY, heard by every listener at once) to the DOM change in host
 * B's page (stamped in the page), both on the machine's one clock; Playwright's own latency in acting
 * and in looking is not part of it. Three changes, and the median must be within 2 s: one slow moment
 * of a loaded test machine does not decide, a slow push path (slow for every change) does.
 */
const LIMIT_MS = 2_000;

async function pushLatency(b: TwoHosts['b'], selector: string, text: string, change: () => Promise<unknown>, appeared: () => Promise<void>): Promise<number> {
  await watchFor(b.page, selector, text);
  const mark = commits.count();
  await change();
  await appeared();
  return (await seenAt(b.page)) - (await commits.firstAfter(mark));
}

function report(what: string, ms: number[]) {
  console.log(`live refresh, ${what}: ${ms.map((m) => `${m} ms`).join(', ')} from commit to the other host's screen (median ${median(ms)} ms, limit ${LIMIT_MS} ms)`);
}

describe('two browser-mode hosts on one PostgreSQL server', () => {
  it("a colleague's new organisation appears in the other host's open list within 2 s, without a reload", async () => {
    const { a, b } = two;
    await b.page.evaluate(() => (location.hash = '#/actors/organisations'));
    await b.page.getByRole('option').first().waitFor();
    // Filtered to the new names, so the long (virtual) list has them in view when they come.
    await b.page.getByRole('textbox', { name: 'Søg' }).fill('Æblegård');
    await b.page.getByText('Intet matcher søgningen og filtrene.').waitFor();
    await b.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await a.page.evaluate(() => (location.hash = '#/actors/organisations'));

    const names = ['Æblegårdens Ungdomsklub', 'Æblegårdens Idrætsforening', 'Æblegårdens Spejdere'];
    const latencies: number[] = [];
    for (const [i, name] of names.entries()) {
      const appeared = () => b.page.getByRole('option', { name: new RegExp(name) }).waitFor();
      const viaScreen = async () => {
        await a.page.getByRole('button', { name: 'Ny organisation' }).click();
        const dialog = a.page.getByRole('dialog');
        await dialog.getByLabel('Navn').fill(name);
        await choose(a.page, 'Type', 'Folkeskole');
        await choose(a.page, 'Relation til partnerskabet', 'Inddrages ad hoc');
        await dialog.getByRole('button', { name: 'Gem' }).click();
        await a.page.getByRole('heading', { name }).waitFor();
      };
      // The first through host A's screen as a colleague would; the push path is the same for the rest.
      const viaApi = () => api(a.page, 'organisations.create', { name, kind: 'primary_school', relation: 'adhoc' });
      latencies.push(await pushLatency(b, '[role="option"]', name, i === 0 ? viaScreen : viaApi, appeared));
    }
    report('new organisation', latencies);
    expect(median(latencies)).toBeLessThanOrEqual(LIMIT_MS);
    expect(await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("a meeting renamed in one host changes in the other's open meeting within 2 s", async () => {
    const { a, b } = two;
    const [meeting] = await queryDb<{ id: number; title: string }>(two, 'SELECT id, title FROM meeting WHERE deleted_at IS NULL ORDER BY id LIMIT 1');
    expect(meeting).toBeDefined();
    for (const h of [a, b]) {
      await h.page.evaluate((id) => (location.hash = `#/meetings/list/${id}`), meeting!.id);
      await h.page.getByRole('heading', { name: meeting!.title }).waitFor();
    }
    await b.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const titles = ['Strategimøde om ungegarantien – ændret', 'Strategimøde om ungegarantien – ændret (2)', 'Strategimøde om ungegarantien – ændret (3)'];
    const latencies: number[] = [];
    for (const title of titles) {
      const rename = async () => {
        await a.page.getByRole('button', { name: 'Redigér' }).click();
        const dialog = a.page.getByRole('dialog');
        await dialog.getByLabel('Titel').fill(title);
        await dialog.getByRole('button', { name: 'Gem' }).click();
        await a.page.getByRole('heading', { name: title, exact: true }).waitFor();
      };
      const appeared = () => b.page.getByRole('heading', { name: title, exact: true }).waitFor();
      latencies.push(await pushLatency(b, 'h1, h2, h3, [role="heading"]', title, rename, appeared));
    }
    report('renamed meeting', latencies);
    expect(median(latencies)).toBeLessThanOrEqual(LIMIT_MS);
    expect(await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect((await queryDb<{ title: string }>(two, `SELECT title FROM meeting WHERE id = ${meeting!.id}`))[0]!.title).toBe(titles[2]);
    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
