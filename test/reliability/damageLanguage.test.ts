import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError } from '../../db/database';
import { damageLanguage, languageInFile } from '../../main/app/startLanguage';
import { startServices } from '../../main/app/startup';
import { call, tempFile } from '../helpers/db';

const damagedStart = async (file: string) => (await startServices({ dbFile: file, demo: false }, 'http').catch((e: unknown) => e)) as DamagedDatabaseError;

describe('the damaged-file message in the app’s language', () => {
  it('at open: the newest good backup says the language the user chose, and the message is said in it', async () => {
    const file = tempFile();
    const ctx = await startServices({ dbFile: file, demo: false }, 'http');
    await call(ctx, 'settings.setLanguage', { language: 'en' });
    const backup = await call(ctx, 'backups.create', {});
    await ctx.db.close();
    expect(languageInFile(file)).toBe('en');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));

    const err = await damagedStart(file);
    expect(err).toBeInstanceOf(DamagedDatabaseError);
    expect(err.newestBackup?.createdAt).toBe(backup.createdAt);
    const lang = damageLanguage(err);
    expect(lang).toBe('en');
    const year = backup.createdAt.slice(0, 4);
    expect(err.describe(lang)).toMatch(new RegExp(`^The data file is damaged and has been set aside untouched as ${err.damagedPath.split('/').pop()!.replace(/\./g, '\\.')}\\. The newest good backup is from \\d{1,2} [A-Z][a-z]+ ${year} at \\d\\d:\\d\\d\\. Restore it to continue\\.$`));
    expect(err.describe(lang)).not.toMatch(/[æøå]|sikkerhedskopi|beskadiget/i);
    // The Danish stays for the log, and for a user who chose Danish.
    expect(err.message).toMatch(/^Datafilen er beskadiget og er lagt til side urørt som .*Den nyeste gode sikkerhedskopi er fra \d{1,2}\. [a-zæøå]+ \d{4}/);
  });

  it('without a backup, Danish unless a file says otherwise; each case in both languages', async () => {
    const file = tempFile();
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const err = await damagedStart(file);
    expect(err.newestBackup).toBeNull();
    expect(damageLanguage(err)).toBe('da');
    expect(err.describe('da')).toMatch(/Der findes ingen god sikkerhedskopi\. Kontakt IT-support; filen er ikke slettet\.$/);
    expect(err.describe('en')).toMatch(/There is no good backup\. Contact IT support; the file has not been deleted\.$/);

    const running = new DamagedDatabaseError(file, `${file}.damaged`, [], 'running').withBackup({ path: file, createdAt: '2026-11-20T10:15:00.000Z' });
    expect(running.describe('da')).toBe(
      'Kontrollen i baggrunden har fundet, at datafilen er beskadiget. Der kan ikke gemmes mere; ændringer siden åbningen er ikke gemt i en sikkerhedskopi. Den nyeste gode sikkerhedskopi er fra 20. november 2026 kl. 11.15. Gendan den for at fortsætte.',
    );
    expect(running.describe('en')).toBe(
      'The background check has found that the data file is damaged. Nothing more can be saved; changes since it was opened are not in a backup. The newest good backup is from 20 November 2026 at 11:15. Restore it to continue.',
    );
  });
});
