import '@mantine/core/styles.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/500.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/700-italic.css';
import '@mantine/notifications/styles.css';
import { Badge, createTheme, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClientError } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // The documents' font (Noto Sans, embedded in every PDF), so screen and paper match.
  fontFamily: '"Noto Sans", "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: { Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }) },
});

// Errors from main (validation, not found) are answers, not glitches: only network failures are retried.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, retry: (count, err) => !(err instanceof ApiClientError) && count < 2, refetchOnWindowFocus: false } },
});

initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <Notifications position="bottom-right" />
            <App />
          </ModalsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
