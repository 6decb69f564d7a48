import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { separators } from '../../renderer/src/components/numberFormat';

describe('number inputs follow the language', () => {
  it('1.547 and 85,0 in Danish, 1,547 and 85.0 in English', async () => {
    await i18n.init({ lng: 'da', resources: {} });
    expect(separators()).toEqual({ thousandSeparator: '.', decimalSeparator: ',' });
    await i18n.changeLanguage('en');
    expect(separators()).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
  });
});
