import type { MilestoneKind, WheelRing } from '../../preload/contract';

/** Danish labels for documents (the screens translate through i18next). */
export const milestoneKindLabel: Record<MilestoneKind, string> = {
  political_deadline: 'Politisk frist',
  council_meeting: 'Byrådsmøde',
  report_due: 'Afrapportering',
  budget: 'Budget',
  other: 'Andet',
};

export const ringLabel: Record<WheelRing, string> = {
  milestones: 'Milepæle',
  meetings: 'Møder',
  memos: 'Beslutningsoplæg',
  initiatives: 'Indsatser',
};

export const MONTH_NAMES = ['Januar', 'Februar', 'Marts', 'April', 'Maj', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'December'];
