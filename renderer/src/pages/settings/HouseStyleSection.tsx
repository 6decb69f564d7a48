import { Button, ColorInput, FileButton, Group, Image, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { houseStyleInput, type HouseStyle } from '../../../../preload/contract';
import { call } from '../../api/client';
import { fileToBase64 } from '../../components/files';
import { notifyError, notifySaved } from '../../components/notify';
import { showSaveError, zodValidate } from '../../components/zodForm';
import { svgToPng } from './svgToPng';

type Values = Pick<HouseStyle, 'addressLines' | 'contactLines' | 'accentColor'>;

function StyleForm({ style }: { style: HouseStyle }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<Values>({ initialValues: { addressLines: style.addressLines, contactLines: style.contactLines, accentColor: style.accentColor }, validate: zodValidate(houseStyleInput) });
  const submit = form.onSubmit(async (values) => {
    try {
      await call('houseStyle.update', values);
      form.resetDirty();
      await qc.invalidateQueries({ queryKey: ['houseStyle.get'] });
      notifySaved();
    } catch (err) {
      showSaveError(err, form.setErrors, notifyError);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Textarea label={t('houseStyle.addressLines')} description={t('houseStyle.addressHint')} autosize minRows={2} {...form.getInputProps('addressLines')} />
          <Textarea label={t('houseStyle.contactLines')} description={t('houseStyle.contactHint')} autosize minRows={2} {...form.getInputProps('contactLines')} />
        </Group>
        <ColorInput label={t('houseStyle.accentColor')} description={t('houseStyle.accentHint')} format="hex" maw={260} {...form.getInputProps('accentColor')} />
        <Group>
          <Button type="submit" size="xs" disabled={!form.isDirty()}>
            {t('houseStyle.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LogoPicker({ style }: { style: HouseStyle }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const done = async (message: string) => {
    await qc.invalidateQueries({ queryKey: ['houseStyle.get'] });
    notifications.show({ color: 'teal', message });
  };
  const choose = async (file: File | null) => {
    if (!file) return;
    try {
      const isSvg = file.type === 'image/svg+xml' || file.name.toLowerCase().endsWith('.svg');
      let pngBase64: string | null = null;
      if (isSvg) {
        try {
          pngBase64 = await svgToPng(await file.text());
        } catch {
          notifications.show({ color: 'red', message: t('houseStyle.svgFailed') });
          return;
        }
      }
      await call('houseStyle.setLogo', { fileName: file.name, mimeType: isSvg ? 'image/svg+xml' : 'image/png', base64: await fileToBase64(file), pngBase64 });
      await done(t('houseStyle.logoSaved'));
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async () => {
    try {
      await call('houseStyle.removeLogo', {});
      await done(t('houseStyle.logoRemoved'));
    } catch (err) {
      notifyError(err);
    }
  };
  const logo = style.logo;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('houseStyle.logo')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('houseStyle.logoHint')}
      </Text>
      {logo ? (
        <Group align="center">
          <Image src={`data:image/png;base64,${logo.pngBase64}`} alt={t('houseStyle.logoAlt')} h={56} w="auto" fit="contain" bd="1px solid var(--mantine-color-default-border)" p={4} />
          <Text size="xs">{t('houseStyle.logoInfo', { fileName: logo.fileName, width: logo.width, height: logo.height, size: `${Math.max(1, Math.round(logo.bytes / 1024))} KB` })}</Text>
        </Group>
      ) : (
        <Text size="sm">{t('houseStyle.noLogo')}</Text>
      )}
      <Group gap="xs">
        <FileButton accept="image/png,image/svg+xml,.svg" onChange={(f) => void choose(f)}>
          {(props) => (
            <Button size="xs" variant="light" {...props}>
              {logo ? t('houseStyle.replaceLogo') : t('houseStyle.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {logo && (
          <Button size="xs" variant="subtle" color="red" onClick={() => void remove()}>
            {t('houseStyle.removeLogo')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

const LOADING_STYLE: HouseStyle = { addressLines: '', contactLines: '', accentColor: '#1f4e79', logo: null };

/** Under Indstillinger: the municipality's letterhead on every document (logo, address, contact lines, accent colour). */
export function HouseStyleSection() {
  const { t } = useTranslation();
  const style = useQuery({ queryKey: ['houseStyle.get'], queryFn: () => call('houseStyle.get', {}) });
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('houseStyle.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('houseStyle.intro')}
      </Text>
      {/* Until the style is read, the same forms stand hidden under a skeleton: the page does not jump when it arrives. */}
      <Skeleton visible={!style.data}>
        <LogoPicker key={style.data ? 'loaded' : 'loading'} style={style.data ?? LOADING_STYLE} />
      </Skeleton>
      <Skeleton visible={!style.data}>
        <StyleForm key={style.data ? 'loaded' : 'loading'} style={style.data ?? LOADING_STYLE} />
      </Skeleton>
    </Stack>
  );
}
