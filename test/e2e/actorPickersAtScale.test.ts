import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../helpers/db';
import { startWebApp, type WebApp } from '../helpers/webApp';

/**
 * Issue 17: a region's register has tens of thousands of people and organisations. The actor pickers
 * searched a list of the first 1,000; an actor sorting past them could not be picked at all. Here the
 * register holds more than 1,000 of each, and the actors picked all sort after them (Æ, Ø, Å sort last).
 */
let app: WebApp;
const MANY = 1010;
const ids = { meeting: 0, soeren: 0, aase: 0, aeroe: 0, oesterbro: 0, aabyhoej: 0, initiative: 0 };

beforeAll(async () => {
  app = await startWebApp();
  const { ctx } = app;
  for (let i = 1; i <= MANY; i++) {
    const n = String(i).padStart(4, '0');
    await call(ctx, 'organisations.create', { name: `Organisation ${n}`, kind: 'company' });
    await call(ctx, 'people.create', { name: `Person ${n}` });
  }
  ids.aeroe = (await call(ctx, 'organisations.create', { name: 'Ærø Ungdomsskole', kind: 'primary_school' })).id;
  ids.oesterbro = (await call(ctx, 'organisations.create', { name: 'Østerbro Ungdomshus', kind: 'other' })).id;
  ids.aabyhoej = (await call(ctx, 'organisations.create', { name: 'Åbyhøj Jobcenter', kind: 'municipal_department' })).id;
  ids.aase = (await call(ctx, 'people.create', { name: 'Åse Østergaard' })).id;
  ids.soeren = (await call(ctx, 'people.create', { name: 'Søren Ærbø', organisationId: ids.aeroe })).id;
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
  ids.meeting = (await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2026-03-10', startTime: '09:00', endTime: '10:00' } })).id;
  const track = await call(ctx, 'tracks.create', { name: 'Grundskolesporet', sortOrder: 1 });
  ids.initiative = (
    await call(ctx, 'initiatives.create', {
      data: { name: 'Brobygning på Ærø', trackId: track.id, ownerOrganisationId: ids.aeroe, partnerOrganisationIds: [ids.aabyhoej], contactPersonId: ids.aase },
    })
  ).id;
  // The picked ones really are beyond the first 1,000 of the register's order.
  const firstPeople = (await call(ctx, 'people.list', { offset: 0, limit: 1000 })).items.map((p) => p.id);
  const firstOrgs = (await call(ctx, 'organisations.list', { offset: 0, limit: 1000 })).items.map((o) => o.id);
  expect(firstPeople).not.toContain(ids.aase);
  expect([ids.aeroe, ids.oesterbro, ids.aabyhoej].filter((id) => firstOrgs.includes(id))).toEqual([]);
});

afterAll(async () => {
  await app?.close();
});

const pills = () => app.page.locator('.mantine-Pill-label').allTextContents();

describe('actor pickers search the register on the server (more than 1,000 people and organisations)', () => {
  it('invites a person and an organisation that sort past the first 1,000 to a meeting, by mouse and by keyboard', async () => {
    const { page, ctx } = app;
    await page.evaluate((id) => (location.hash = `#/meetings/list/${id}`), ids.meeting);
    await page.getByRole('tab', { name: /Inviterede/ }).click();

    const people = page.getByLabel('Personer', { exact: true }).first();
    await people.click();
    await page.getByRole('option', { name: `Viser 30 af ${MANY + 2} – skriv for at søge` }).waitFor();
    expect(await page.getByRole('option', { name: /Østergaard/ }).count()).toBe(0);
    await people.fill('østergaard');
    await page.getByRole('option', { name: 'Åse Østergaard', exact: true }).click();
    // A second pick by another search: the first keeps its name though it is not among these hits.
    await people.fill('person 1007');
    await page.getByRole('option', { name: 'Person 1007', exact: true }).click();
    await expect.poll(pills).toEqual(['Åse Østergaard', 'Person 1007']);

    // The organisation by keyboard: type, arrow down to the one hit, Enter.
    const orgs = page.getByLabel('Organisationer', { exact: true }).first();
    await orgs.focus();
    await orgs.fill('zzqx');
    await page.getByText('Ingen match').waitFor();
    await orgs.fill('ærø ungdom');
    await page.getByRole('option', { name: 'Ærø Ungdomsskole', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(['Ærø Ungdomsskole']);
    await orgs.press('ArrowDown');
    await orgs.press('Enter');
    await expect.poll(pills).toEqual(['Åse Østergaard', 'Person 1007', 'Ærø Ungdomsskole']);
    await orgs.press('Escape');

    await page.getByRole('button', { name: 'Invitér', exact: true }).last().click();
    await page.getByLabel('Svar fra Åse Østergaard').waitFor();
    await page.getByLabel('Svar fra Ærø Ungdomsskole').waitFor();
    await expect.poll(pills).toEqual([]);
    const meeting = await call(ctx, 'meetings.get', { id: ids.meeting });
    expect(meeting.invitees.map((i) => i.name).sort()).toEqual(['Person 1007', 'Ærø Ungdomsskole', 'Åse Østergaard'].sort());
    expect(app.pageErrors).toEqual([]);
  });

  it("the person form shows the person's organisation by name and moves them to another past the first 1,000", async () => {
    const { page, ctx } = app;
    await page.evaluate((id) => (location.hash = `#/actors/people/${id}`), ids.soeren);
    await page.getByRole('heading', { name: 'Søren Ærbø' }).waitFor();
    await page.getByRole('button', { name: 'Redigér' }).click();
    const dialog = page.getByRole('dialog');
    const org = dialog.getByLabel('Organisation', { exact: true });
    await expect.poll(() => org.inputValue()).toBe('Ærø Ungdomsskole');
    await org.click();
    await org.fill('østerbro');
    await page.getByRole('option', { name: 'Østerbro Ungdomshus', exact: true }).click();
    await expect.poll(() => org.inputValue()).toBe('Østerbro Ungdomshus');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await call(ctx, 'people.get', { id: ids.soeren })).organisationName).toBe('Østerbro Ungdomshus');

    // A new person from an organisation's page starts with that organisation, by name.
    await page.evaluate((id) => (location.hash = `#/actors/organisations/${id}`), ids.aabyhoej);
    await page.getByRole('heading', { name: 'Åbyhøj Jobcenter' }).waitFor();
    await page.getByRole('button', { name: 'Ny person' }).click();
    await expect.poll(() => dialog.getByLabel('Organisation', { exact: true }).inputValue()).toBe('Åbyhøj Jobcenter');
    await dialog.getByLabel('Navn').fill('Ærtebjerg Åkjær');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const made = (await call(ctx, 'people.list', { search: 'ærtebjerg', offset: 0, limit: 5 })).items;
    expect(made.map((p) => [p.name, p.organisationName])).toEqual([['Ærtebjerg Åkjær', 'Åbyhøj Jobcenter']]);
    expect(app.pageErrors).toEqual([]);
  });

  it('the initiative form shows its organisations and contact by name and adds a partner found by search', async () => {
    const { page, ctx } = app;
    await page.evaluate((id) => (location.hash = `#/initiatives/list/${id}`), ids.initiative);
    await page.getByRole('heading', { name: 'Brobygning på Ærø' }).waitFor();
    await page.getByRole('button', { name: 'Redigér' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Ansvarlig organisation', { exact: true }).inputValue()).toBe('Ærø Ungdomsskole');
    await expect.poll(() => dialog.getByLabel('Kontaktperson', { exact: true }).inputValue()).toBe('Åse Østergaard');
    await expect.poll(pills).toEqual(['Åbyhøj Jobcenter']);
    const partners = dialog.getByLabel('Partnerorganisationer', { exact: true });
    await partners.click();
    await partners.fill('østerbro ungdomshus');
    await page.getByRole('option', { name: 'Østerbro Ungdomshus', exact: true }).click();
    await expect.poll(pills).toEqual(['Åbyhøj Jobcenter', 'Østerbro Ungdomshus']);
    await partners.press('Escape');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = await call(ctx, 'initiatives.get', { id: ids.initiative });
    expect(saved.partnerOrganisations.map((o) => o.name).sort()).toEqual(['Åbyhøj Jobcenter', 'Østerbro Ungdomshus'].sort());
    expect(saved.ownerOrganisation?.name).toBe('Ærø Ungdomsskole');
    expect(saved.contactPerson?.name).toBe('Åse Østergaard');
    expect(app.pageErrors).toEqual([]);
  });
  it('a meeting follows up, and a new one copies, a recent meeting found by search among more than 300 (the old list held the 300 oldest)', async () => {
    const { page, ctx } = app;
    for (let i = 0; i < 305; i++) {
      const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      await call(ctx, 'meetings.create', { data: { title: `Netværksmøde ${String(i + 1).padStart(3, '0')}`, type: 'network_meeting', date, startTime: '09:00', endTime: '10:00' }, standardItems: false });
    }
    const target = await call(ctx, 'meetings.create', { data: { title: 'Temamøde om Ærø', type: 'theme_meeting', date: '2025-06-02', startTime: '13:00', endTime: '16:00' }, standardItems: false });
    await call(ctx, 'agenda.add', { meetingId: target.id, data: { isBreak: false, title: 'Brobygning på Ærø', kind: 'orientation', presenterId: ids.aase, durationMinutes: 30, description: '' } });
    const label = /^Temamøde om Ærø – 2\. juni 2025$/;

    await page.evaluate((id) => (location.hash = `#/meetings/list/${id}`), ids.meeting);
    await page.getByRole('heading', { name: 'Styregruppemøde' }).waitFor();
    await page.getByRole('button', { name: 'Redigér', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const follows = dialog.getByLabel('Følger op på', { exact: true });
    await follows.click();
    await follows.fill('ærø');
    await page.getByRole('option', { name: label }).click();
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await call(ctx, 'meetings.get', { id: ids.meeting })).followsUpMeetingId).toBe(target.id);
    // Opened again, the field names the meeting it follows up (not among the first hits by date).
    await page.getByRole('button', { name: 'Redigér', exact: true }).click();
    await expect.poll(() => follows.inputValue()).toMatch(label);
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.evaluate(() => (location.hash = '#/meetings'));
    await page.getByRole('button', { name: 'Nyt møde' }).first().click();
    await dialog.getByLabel('Titel').fill('Temamøde om Ærø, opfølgning');
    await dialog.getByLabel('Dato').fill('2026-09-01');
    const copy = dialog.getByLabel('Start fra et tidligere møde (kopiér dagsordenen)', { exact: true });
    await copy.click();
    await copy.fill('temamøde ærø');
    await page.getByRole('option', { name: label }).click();
    await expect.poll(() => copy.inputValue()).toMatch(label);
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Temamøde om Ærø, opfølgning' }).waitFor();
    const made = (await call(ctx, 'meetings.list', { search: 'opfølgning', offset: 0, limit: 5 })).items;
    expect(made).toHaveLength(1);
    const items = (await call(ctx, 'meetings.get', { id: made[0]!.id })).items;
    expect(items.map((i) => [i.title, i.presenterName])).toEqual([['Brobygning på Ærø', 'Åse Østergaard']]);
    expect(app.pageErrors).toEqual([]);
  });
});
