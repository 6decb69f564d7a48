import { Title, type TitleProps } from '@mantine/core';

/** The page's one h1 (drawn at h2 size). Focus moves here after navigation, so it takes focus from script only. */
export function PageTitle(props: Omit<TitleProps, 'order'>) {
  return <Title order={1} size="h2" tabIndex={-1} data-page-title style={{ outlineOffset: 2 }} {...props} />;
}
