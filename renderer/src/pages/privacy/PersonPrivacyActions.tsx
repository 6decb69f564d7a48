import { Button, Group, Menu } from '@mantine/core';
import { IconFileExport, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { notifyError } from '../../components/notify';
import { navigate } from '../../router';
import { EraseDialog } from './EraseDialog';

/** On a person's page: hand over their data (Art. 15) and erase them everywhere (Art. 17). */
export function PersonPrivacyActions({ id, name }: { id: number; name: string }) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState(false);
  const download = async (format: 'json' | 'xlsx') => {
    try {
      deliverFile(await call('people.exportData', { id, format }));
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Group gap="xs">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" size="xs" leftSection={<IconFileExport size={14} />}>
            {t('privacy.exportButton')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => download('xlsx')}>{t('privacy.exportXlsx')}</Menu.Item>
          <Menu.Item onClick={() => download('json')}>{t('privacy.exportJson')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="subtle" color="red" size="xs" leftSection={<IconShieldX size={14} />} onClick={() => setErasing(true)}>
        {t('privacy.eraseButton')}
      </Button>
      {erasing && (
        <EraseDialog
          ids={[id]}
          title={t('privacy.eraseTitle', { name })}
          defaultReason="art17_request"
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            navigate('actors', 'people');
          }}
        />
      )}
    </Group>
  );
}
