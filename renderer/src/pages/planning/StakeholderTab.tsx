import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderActor } from '../../../../preload/contract';
import { quadrants, relationColor } from '../../../../preload/contract/stakeholderGrid';
import { call } from '../../api/client';
import { deliverFile } from '../../components/files';
import { OtherLanguage, type DocLanguage } from '../../components/OtherLanguage';
import { SearchSelect, type PickSearch } from '../../components/SearchSelect';
import { notifyError } from '../../components/notify';

const W = 1000;
const H = 620;
const PAD = 40;
const keyOf = (a: StakeholderActor) => `${a.actorKind}:${a.actorId}`;
const toXY = (influence: number, interest: number) => [PAD + (interest / 100) * (W - 2 * PAD), PAD + (1 - influence / 100) * (H - 2 * PAD)] as const;
const clamp = (n: number) => Math.round(Math.min(100, Math.max(0, n)));
const CANDIDATES = ['stakeholders', 'candidates'];
/** The actors not on the map yet: a region has tens of thousands, so the picker searches the server. */
const searchCandidates: PickSearch = async (search, limit) => {
  const found = await call('stakeholders.candidates', { search, limit });
  return { options: found.actors.map((a) => ({ value: keyOf(a), label: a.name })), total: found.total };
};

/** Influence × interest: drag actors around (or move them with the arrow keys); saved as they land. */
export function StakeholderTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['stakeholders.get'], queryFn: () => call('stakeholders.get', {}) });
  const svg = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState<{ key: string; influence: number; interest: number } | null>(null);
  const [picked, setPicked] = useState<{ key: string; label: string } | null>(null);

  const save = async (a: Pick<StakeholderActor, 'actorKind' | 'actorId'>, influence: number | null, interest: number | null) => {
    try {
      qc.setQueryData(['stakeholders.get'], await call('stakeholders.place', { actorKind: a.actorKind, actorId: a.actorId, influence, interest }));
      void qc.invalidateQueries({ queryKey: CANDIDATES });
    } catch (err) {
      notifyError(err);
    }
  };
  const fromPointer = (e: PointerEvent) => {
    const r = svg.current!.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * W;
    const y = ((e.clientY - r.top) / r.height) * H;
    return { interest: clamp(((x - PAD) / (W - 2 * PAD)) * 100), influence: clamp((1 - (y - PAD) / (H - 2 * PAD)) * 100) };
  };
  const onKey = (a: StakeholderActor, e: KeyboardEvent) => {
    const step = e.shiftKey ? 1 : 5;
    const moves: Record<string, [number, number]> = { ArrowUp: [step, 0], ArrowDown: [-step, 0], ArrowRight: [0, step], ArrowLeft: [0, -step] };
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void save(a, null, null);
    } else if (moves[e.key]) {
      e.preventDefault();
      const [di, dn] = moves[e.key]!;
      void save(a, clamp(a.influence! + di), clamp(a.interest! + dn));
    }
  };
  const exportPdf = async (language?: DocLanguage) => {
    try {
      if (deliverFile(await call('stakeholders.pdf', language ? { language } : {})).downloaded) notifications.show({ color: 'teal', message: t('stakeholders.exported') });
    } catch (err) {
      notifyError(err);
    }
  };
  const data = q.data;
  if (!data) return null;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="xs" c="dimmed" maw={700}>
          {data.placed.length ? t('stakeholders.hint') : t('stakeholders.empty')}
        </Text>
        <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => void exportPdf()}>
          {t('stakeholders.export')}
        </Button>
        <OtherLanguage label={t('stakeholders.export')} onPick={(language) => void exportPdf(language)} />
      </Group>
      <Paper withBorder p="sm">
        <svg ref={svg} viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={t('stakeholders.title')} style={{ touchAction: 'none', userSelect: 'none', display: 'block' }}>
          {quadrants.map((qd) => {
            const x = qd.highInterest ? W / 2 : PAD;
            const y = qd.highInfluence ? PAD : H / 2;
            return (
              <g key={qd.key}>
                <rect x={x} y={y} width={W / 2 - PAD} height={H / 2 - PAD} fill={qd.highInfluence && qd.highInterest ? '#e3ebf5' : '#f1f3f5'} stroke="#c9ced6" />
                <text x={x + 10} y={y + 20} fontSize={15} fontWeight={700} fill="#5c5f66">
                  {t(`stakeholders.${qd.key}`)}
                </text>
              </g>
            );
          })}
          <text x={W / 2} y={H - 10} textAnchor="middle" fontSize={14} fill="#1a1a1a">
            {t('stakeholders.interest')} →
          </text>
          <text x={16} y={H / 2} textAnchor="middle" fontSize={14} fill="#1a1a1a" transform={`rotate(-90 16 ${H / 2})`}>
            {t('stakeholders.influence')} →
          </text>
          {data.placed.map((a) => {
            const live = dragging?.key === keyOf(a) ? dragging : { influence: a.influence!, interest: a.interest! };
            const [x, y] = toXY(live.influence, live.interest);
            return (
              <g
                key={keyOf(a)}
                role="button"
                tabIndex={0}
                aria-label={t('stakeholders.markerLabel', { name: a.name, influence: live.influence, interest: live.interest })}
                style={{ cursor: 'grab', outline: 'none' }}
                onKeyDown={(e) => onKey(a, e)}
                onPointerDown={(e) => {
                  (e.currentTarget as Element).setPointerCapture(e.pointerId);
                  setDragging({ key: keyOf(a), ...fromPointer(e) });
                }}
                onPointerMove={(e) => dragging?.key === keyOf(a) && setDragging({ key: keyOf(a), ...fromPointer(e) })}
                onPointerUp={(e) => {
                  if (dragging?.key !== keyOf(a)) return;
                  const p = fromPointer(e);
                  setDragging(null);
                  void save(a, p.influence, p.interest);
                }}
              >
                <circle cx={x} cy={y} r={9} fill={relationColor[a.relation ?? 'none']} stroke="white" strokeWidth={2} />
                <text x={live.interest > 60 ? x - 13 : x + 13} y={y + 4} textAnchor={live.interest > 60 ? 'end' : 'start'} fontSize={13} fill="#1a1a1a" style={{ pointerEvents: 'none' }}>
                  {a.name}
                </text>
              </g>
            );
          })}
        </svg>
      </Paper>
      <Group align="flex-end" gap="xs">
        <SearchSelect
          label={t('stakeholders.place')}
          w={360}
          queryKey={CANDIDATES}
          search={searchCandidates}
          value={picked?.key ?? null}
          selectedLabel={picked?.label ?? null}
          onChange={(key, label) => setPicked(key ? { key, label: label ?? '' } : null)}
        />
        <Button
          variant="default"
          disabled={!picked}
          onClick={() => {
            const [actorKind, actorId] = picked!.key.split(':') as [StakeholderActor['actorKind'], string];
            setPicked(null);
            void save({ actorKind, actorId: Number(actorId) }, 50, 50);
          }}
        >
          {t('stakeholders.placeButton')}
        </Button>
        <Group gap="md" ml="auto">
          {(['core', 'adhoc', 'none'] as const).map((r) => (
            <Group key={r} gap={6}>
              <span style={{ width: 12, height: 12, borderRadius: 6, background: relationColor[r], display: 'inline-block' }} />
              <Text size="sm">{r === 'none' ? t('stakeholders.none') : t(`relation.${r}`)}</Text>
            </Group>
          ))}
        </Group>
      </Group>
    </Stack>
  );
}
