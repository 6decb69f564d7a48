import { Button, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingTypes, type TypeDefaults } from '../../../../preload/contract';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';

export function TypeDefaultsTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['meetings.typeDefaults'], queryFn: () => call('meetings.typeDefaults', {}) });
  const [values, setValues] = useState<TypeDefaults | null>(null);
  useEffect(() => {
    if (q.data) setValues(q.data);
  }, [q.data]);
  if (!values) return null;
  const save = async () => {
    try {
      await call('meetings.setTypeDefaults', values);
      await qc.invalidateQueries({ queryKey: ['meetings.typeDefaults'] });
      notifySaved();
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Paper withBorder p="md" maw={720}>
      <Stack>
        <div>
          <Title order={4}>{t('meetings.typeDefaults.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('meetings.typeDefaults.text')}
          </Text>
        </div>
        <SimpleGrid cols={2}>
          {meetingTypes.map((type) => (
            <NumberInput key={type} label={t(`meetingType.${type}`)} suffix=" min." min={15} max={720} step={15} value={values[type]} onChange={(v) => setValues({ ...values, [type]: Number(v) || 15 })} />
          ))}
        </SimpleGrid>
        <Button onClick={() => void save()} w="fit-content">
          {t('common.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
