import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { economyTotals, type MemoContent } from '../../../../preload/contract';
import { integer, longDate } from '../../format';
import { recipientText } from './memoOptions';
import { RichTextView } from './RichTextView';

function Section({ title, source }: { title: string; source: string }) {
  if (!source.trim()) return null;
  return (
    <div>
      <Title order={5} c="blue.8" mb={4}>
        {title}
      </Title>
      <RichTextView source={source} />
    </div>
  );
}

/** A frozen version, read-only, in the order it prints. */
export function MemoReadView({ content: c }: { content: MemoContent }) {
  const { t } = useTranslation();
  const totals = economyTotals(c.economy);
  return (
    <Stack gap="sm">
      <Title order={3}>{c.title}</Title>
      <Text size="sm">
        {t('memos.field.recipientKind')}: {recipientText(t, c)} · {t('memos.field.meetingDate')}: {longDate(c.meetingDate)} · {t('memos.field.caseNumber')}: {c.caseNumber ?? '–'}
      </Text>
      <Section title={t('memos.section.summary')} source={c.summary} />
      <Section title={t('memos.section.background')} source={c.background} />
      {c.options.length > 0 && (
        <Title order={5} c="blue.8" mb={-8}>
          {t('memos.section.options')}
        </Title>
      )}
      {c.options.map((o, i) => (
        <Section key={i} title={`${t('memos.option.label', { n: i + 1 })}: ${o.title}`} source={[o.description, o.pros && `**${t('memos.option.pros')}**\n${o.pros}`, o.cons && `**${t('memos.option.cons')}**\n${o.cons}`].filter(Boolean).join('\n\n')} />
      ))}
      <Section title={t('memos.section.economy')} source={c.economyText} />
      {c.economy.rows.length > 0 && (
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('memos.economy.amountsIn')}</Table.Th>
              {c.economy.columns.map((col) => (
                <Table.Th key={col} ta="right">
                  {col}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('memos.economy.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.economy.rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>{r.label}</Table.Td>
                {r.amounts.map((a, j) => (
                  <Table.Td key={j} ta="right">
                    {a === null ? '' : integer(a)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{integer(totals.rowTotals[i] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('memos.economy.total')}</Table.Td>
              {totals.columnTotals.map((n, j) => (
                <Table.Td key={j} ta="right">
                  {integer(n)}
                </Table.Td>
              ))}
              <Table.Td ta="right">{integer(totals.grandTotal)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      <Section title={t('memos.section.consequences')} source={c.consequences} />
      {c.recommendations.length > 0 && (
        <Section title={t('memos.section.recommendations')} source={`${t('memos.recommendation.intro')}\n\n${c.recommendations.map((r, i) => `${i + 1}. ${r}`).join('\n')}`} />
      )}
      {c.attachments.length > 0 && <Section title={t('memos.section.attachments')} source={c.attachments.map((a, i) => `${i + 1}. ${a}`).join('\n')} />}
    </Stack>
  );
}
