import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/da';
import 'dayjs/locale/en';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Calendars in the app's language, weeks from Monday (Danish and ISO custom). */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'da', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
