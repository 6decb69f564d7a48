import type { AgendaItem } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';

/**
 * A standard item (approval, follow-up, any other business) is shown in the reader's language as long
 * as nobody renamed it: its title is then one of the standard titles in some language.
 */
export function standardTitle(item: Pick<AgendaItem, 'standard' | 'title'>, lang: DocLanguage): string {
  if (!item.standard) return item.title;
  const own = (['da', 'en'] as const).some((l) => textsFor(l).documents.standardItem[item.standard!] === item.title);
  return own ? textsFor(lang).documents.standardItem[item.standard] : item.title;
}
