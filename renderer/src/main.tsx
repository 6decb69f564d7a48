import '@mantine/core/styles.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/500.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/700-italic.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { ApiClientError } from './api/client';
import { App } from './App';
import { installFocusReturn } from './components/focusReturn';
import { LocalizedDates } from './components/LocalizedDates';
import { initI18n } from './i18n';
import { cssVariablesResolver, themeIn } from './theme';

// Errors from main (validation, not found) are answers, not glitches: only network failures are retried.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, retry: (count, err) => !(err instanceof ApiClientError) && count < 2, refetchOnWindowFocus: false } },
});

/** Mantine with the theme in the current language (names that only text can give, such as a dialog's close button). */
function Themed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const theme = useMemo(() => themeIn(close), [close]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

initI18n().then(() => {
  installFocusReturn();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Themed>
        <QueryClientProvider client={queryClient}>
          <LocalizedDates>
            <ModalsProvider>
              <Notifications position="bottom-right" />
              <App />
            </ModalsProvider>
          </LocalizedDates>
        </QueryClientProvider>
      </Themed>
    </StrictMode>,
  );
});
