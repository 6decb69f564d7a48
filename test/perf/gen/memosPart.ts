import { memoInput, type RecipientKind } from '../../../preload/contract';
import { decideMemo, sendMemo } from '../../../main/memos/lifecycle';
import { createMemo } from '../../../main/memos/memoService';
import type { GenPart } from './part';
import { countsFor } from './sizes';
import { initiativeNames, themes, towns2 } from './texts';
import { addDays } from './meetingsPart';

const committees = ['Børne- og Undervisningsudvalget', 'Beskæftigelsesudvalget', 'Social- og Sundhedsudvalget'];

/** 1,000 decision memos: drafts, sent ones awaiting a meeting, and decided ones with their outcome. */
export const memosPart: GenPart = {
  name: 'memos',
  async run(ctx) {
    const { db, rng } = ctx;
    const n = countsFor(ctx.size, ['memos']);
    let sent = 0;
    let decided = 0;
    for (let k = 0; k < n.memos; k++) {
      const recipientKind = rng.weighted<RecipientKind>([['city_council', 3], ['finance_committee', 2], ['standing_committee', 4], ['partnership', 2], ['other', 1]]);
      const memoDate = `${rng.int(2021, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const theme = rng.pick(themes);
      const a = rng.int(5, 60) * 10_000;
      const b = rng.int(5, 60) * 10_000;
      const year = Number(memoDate.slice(0, 4)) + 1;
      const input = memoInput.parse({
        title: `${rng.pick(['Forslag om', 'Orientering om', 'Udvidelse af', 'Evaluering af'])} ${rng.pick(initiativeNames).toLowerCase()} i ${rng.pick(towns2)} (${k + 1})`,
        caseNumber: rng.chance(0.7) ? `17.0${rng.int(0, 9)}.00-A00-${rng.int(1, 40)}-${memoDate.slice(2, 4)}` : null,
        recipientKind,
        recipientName: recipientKind === 'standing_committee' ? rng.pick(committees) : recipientKind === 'other' ? 'Direktionen' : null,
        meetingDate: addDays(memoDate, rng.int(14, 60)),
        author: 'Sekretariatet for Ungepartnerskabet',
        memoDate,
        summary: `Partnerskabet foreslår en **styrket indsats** for ${theme}. Oplægget beskriver mål, økonomi og konsekvenser.`,
        background: `Ungepartnerskabet har drøftet ${theme} på flere møder.\n\n- Frafaldet er fortsat højt\n- Partnerne ønsker en fælles retning\n- Erfaringerne fra ${rng.pick(towns2)} er gode`,
        options: [
          { title: 'Indsatsen gennemføres som foreslået', description: `Start 1. januar ${year}.`, pros: '- Størst effekt', cons: '- Kræver finansiering' },
          { title: 'Indsatsen udskydes et år', description: 'Afventer evaluering.', pros: '- Lavere udgift', cons: '- Effekten kommer senere' },
        ],
        economyText: 'Udgiften finansieres af puljen til ungeindsatsen og partnernes egne bidrag.',
        economy: { columns: [String(year), String(year + 1)], rows: [{ label: 'Drift', amounts: [a, b] }, { label: 'Evaluering', amounts: [50_000, 25_000] }], note: 'Alle beløb i kr. ekskl. moms.' },
        consequences: 'Indsatsen følges i den årlige statusrapport.',
        recommendations: ['indsatsen godkendes', `udgiften på ${(a + 50_000).toLocaleString('da-DK')} kr. i ${year} finansieres af puljen`],
        attachments: rng.chance(0.5) ? ['Notat fra arbejdsgruppen', 'Nøgletal for spor'] : [],
        // Random case numbers repeat within a year; the secretariat confirms they are the same case.
        confirmDuplicateCaseNumber: true,
      });
      const memo = await createMemo(db, input);
      const sentOn = addDays(memoDate, 3);
      if (sentOn <= ctx.stamp.slice(0, 10) && (memoDate < '2026-10-01' || rng.chance(0.3))) {
        await sendMemo(db, memo.id, sentOn);
        sent++;
        if (input.meetingDate! < '2026-11-02' && rng.chance(0.85)) {
          const outcome = rng.weighted([['approved', 70], ['approved_with_changes', 15], ['rejected', 10], ['postponed', 5]] as const);
          await decideMemo(db, memo.id, { date: input.meetingDate!, body: input.recipientName ?? 'Kommunalbestyrelsen', outcome, text: outcome === 'rejected' ? 'Forslaget blev ikke godkendt.' : 'Indstillingen blev godkendt.' });
          decided++;
        }
      }
    }
    return { memos: n.memos, memosSent: sent, memosDecided: decided };
  },
};
