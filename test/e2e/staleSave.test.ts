import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDb, startTwoHosts, type TwoHosts } from '../helpers/twoHosts';

let two: TwoHosts;
beforeAll(async () => {
  two = await startTwoHosts({ demo: true, users: ['Mette Frølund', 'Anders Holm'] });
}, 300_000);
afterAll(async () => {
  await two?.close();
});

/**
 * Issue 16: two colleagues (two browser-mode hosts on one PostgreSQL) edit the same meeting. Mette
 * saves first; Anders's form, based on the older version, is refused with who and when, and what he
 * typed stays in the fields. "Genindlæs" brings Mette's version and shows his text beside it to copy.
 */
describe('a stale save between two hosts on one PostgreSQL server', () => {
  it('is refused with who and when, keeps what was typed, and reloads on Genindlæs', async () => {
    const { a, b } = two;
    const [meeting] = await queryDb<{ id: number; title: string; version: number }>(
      two,
      "SELECT id, title, version FROM meeting WHERE deleted_at IS NULL AND minutes_status = 'draft' ORDER BY id LIMIT 1",
    );
    expect(meeting).toBeDefined();
    for (const h of [a, b]) {
      await h.page.evaluate((id) => (location.hash = `#/meetings/list/${id}`), meeting!.id);
      await h.page.getByRole('heading', { name: meeting!.title }).waitFor();
      await h.page.getByRole('button', { name: 'Redigér', exact: true }).click();
    }

    // Mette saves first.
    const formA = a.page.getByRole('dialog');
    await formA.getByLabel('Titel').fill('Styregruppemøde – Mettes titel');
    await formA.getByRole('button', { name: 'Gem' }).click();
    await a.page.getByRole('heading', { name: 'Styregruppemøde – Mettes titel' }).waitFor();

    // Anders's form was opened on the version before; he types and saves.
    const formB = b.page.getByRole('dialog');
    const andersText = 'Vi drøfter mentorordningen med de tre kommuner – Anders’ udkast';
    await formB.getByLabel('Titel').fill('Styregruppemøde – Anders’ titel');
    await formB.getByLabel('Formål').fill(andersText);
    await formB.getByRole('button', { name: 'Gem' }).click();
    const alert = formB.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Mette Frølund ændrede mødet kl\. \d\d\.\d\d — genindlæs for at se ændringen\. Intet er gemt\./);
    // Nothing typed is lost, and nothing was saved.
    expect(await formB.getByLabel('Titel').inputValue()).toBe('Styregruppemøde – Anders’ titel');
    expect(await formB.getByLabel('Formål').inputValue()).toBe(andersText);
    const stored = (await queryDb<{ title: string; version: number; updated_by: string }>(two, `SELECT title, version, updated_by FROM meeting WHERE id = ${meeting!.id}`))[0]!;
    expect(stored).toEqual({ title: 'Styregruppemøde – Mettes titel', version: meeting!.version + 1, updated_by: 'Mette Frølund' });

    // Genindlæs: Mette's version in the fields, Anders's text beside them to copy back.
    await formB.getByRole('button', { name: 'Genindlæs' }).click();
    await formB.getByLabel('Det du skrev: Titel').waitFor();
    expect(await formB.getByLabel(/^Titel/).inputValue()).toBe('Styregruppemøde – Mettes titel');
    expect(await formB.getByLabel('Det du skrev: Titel').inputValue()).toBe('Styregruppemøde – Anders’ titel');
    expect(await formB.getByLabel('Det du skrev: Formål').inputValue()).toBe(andersText);
    // He copies his purpose back and saves on the new version.
    await formB.getByLabel(/^Formål/).fill(andersText);
    await formB.getByRole('button', { name: 'Gem' }).click();
    await formB.waitFor({ state: 'detached' });
    const after = (await queryDb<{ title: string; purpose: string; version: number; updated_by: string }>(two, `SELECT title, purpose, version, updated_by FROM meeting WHERE id = ${meeting!.id}`))[0]!;
    expect(after).toEqual({ title: 'Styregruppemøde – Mettes titel', purpose: andersText, version: meeting!.version + 2, updated_by: 'Anders Holm' });
    await b.page.getByText(/Senest ændret af Anders Holm, \d+\. \w+\.? \d{4} kl\. \d\d\.\d\d/).waitFor();
    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
