import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDb, startTwoHosts, TWO_HOSTS_START_MS, type TwoHosts } from '../helpers/twoHosts';

let two: TwoHosts;
beforeAll(async () => {
  two = await startTwoHosts({ demo: true, users: ['Mette Frølund', 'Anders Holm'] });
}, TWO_HOSTS_START_MS);
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

  it('an initiative (not a meeting): the stale save keeps the typed text, Genindlæs shows the colleague’s name, and only his own change is put back', async () => {
    const { a, b } = two;
    const [ini] = await queryDb<{ id: number; name: string; version: number }>(two, 'SELECT id, name, version FROM initiative ORDER BY id LIMIT 1');
    expect(ini).toBeDefined();
    for (const h of [a, b]) {
      await h.page.evaluate((id) => (location.hash = `#/initiatives/list/${id}`), ini!.id);
      await h.page.getByRole('heading', { name: ini!.name }).waitFor();
      await h.page.getByRole('button', { name: 'Redigér', exact: true }).click();
    }

    // Mette renames the initiative.
    const formA = a.page.getByRole('dialog');
    const mettesName = `${ini!.name} – Mettes ændring`;
    await formA.getByLabel('Navn').fill(mettesName);
    await formA.getByRole('button', { name: 'Gem' }).click();
    await a.page.getByRole('heading', { name: mettesName }).waitFor();

    // Anders, on the version before, writes a description and saves.
    const formB = b.page.getByRole('dialog');
    const andersText = 'Mentorerne følger de unge i tre måneder efter opstart på uddannelsen – Anders’ beskrivelse';
    await formB.getByLabel('Beskrivelse').fill(andersText);
    await formB.getByRole('button', { name: 'Gem' }).click();
    const alert = formB.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Mette Frølund ændrede indsatsen kl\. \d\d\.\d\d — genindlæs for at se ændringen\. Intet er gemt\./);
    expect(await formB.getByLabel('Beskrivelse').inputValue()).toBe(andersText);
    expect(await formB.getByLabel('Navn').inputValue()).toBe(ini!.name);
    const stored = (await queryDb<{ name: string; description: string | null; version: number }>(two, `SELECT name, description, version FROM initiative WHERE id = ${ini!.id}`))[0]!;
    expect(stored.name).toBe(mettesName);
    expect(stored.description).not.toBe(andersText);
    expect(stored.version).toBe(ini!.version + 1);

    // Genindlæs: Mette's name in the field, Anders's description beside the fields.
    await formB.getByRole('button', { name: 'Genindlæs' }).click();
    await formB.getByLabel('Det du skrev: Beskrivelse').waitFor();
    expect(await formB.getByLabel(/^Navn/).inputValue()).toBe(mettesName);
    expect(await formB.getByLabel('Det du skrev: Beskrivelse').inputValue()).toBe(andersText);
    expect(await formB.getByLabel('Det du skrev: Navn').count()).toBe(0);
    // Explicitly putting back only his own change keeps Mette's name.
    await formB.getByRole('button', { name: 'Indsæt mine ændringer' }).click();
    expect(await formB.getByLabel(/^Beskrivelse/).inputValue()).toBe(andersText);
    expect(await formB.getByLabel(/^Navn/).inputValue()).toBe(mettesName);
    await formB.getByRole('button', { name: 'Gem' }).click();
    await formB.waitFor({ state: 'detached' });
    const after = (await queryDb<{ name: string; description: string; version: number; updated_by: string }>(two, `SELECT name, description, version, updated_by FROM initiative WHERE id = ${ini!.id}`))[0]!;
    expect(after).toEqual({ name: mettesName, description: andersText, version: ini!.version + 2, updated_by: 'Anders Holm' });
    await b.page.getByText(/Senest ændret af Anders Holm/).waitFor();
    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
