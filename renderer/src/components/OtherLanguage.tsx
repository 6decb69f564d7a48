import { ActionIcon, Menu } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type DocLanguage = 'da' | 'en';

/** The language documents are made in by default (the app's), and the other one the export menu offers. */
export function useDocLanguages(): { current: DocLanguage; other: DocLanguage } {
  const { i18n } = useTranslation();
  const current: DocLanguage = i18n.language === 'en' ? 'en' : 'da';
  return { current, other: current === 'en' ? 'da' : 'en' };
}

/** A small menu beside an export button: the same document in the other language (English for a partner, Danish for the council). */
export function OtherLanguage({ label, onPick }: { label: string; onPick: (language: DocLanguage) => void }) {
  const { t } = useTranslation();
  const { other } = useDocLanguages();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="light" size="md" aria-label={t('documents.otherLanguage.menu', { name: label })}>
          <IconLanguage size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onPick(other)}>{t(`documents.otherLanguage.${other}`, { name: label })}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
