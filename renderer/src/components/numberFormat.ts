import i18n from 'i18next';

/** Number inputs as the language writes numbers: 1.547 and 85,0 in Danish, 1,547 and 85.0 in English. */
export function separators(): { thousandSeparator: string; decimalSeparator: string } {
  return i18n.language === 'en' ? { thousandSeparator: ',', decimalSeparator: '.' } : { thousandSeparator: '.', decimalSeparator: ',' };
}
