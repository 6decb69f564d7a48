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

/** One colour per category across screen and print, so the wall copy matches the app. */
export const categoryColor: Record<string, string> = {
  political_deadline: '#c0392b',
  council_meeting: '#1f4e79',
  report_due: '#d68910',
  budget: '#1e8449',
  other: '#7f8c8d',
  meetings: '#2874a6',
  memos: '#8e44ad',
  initiatives: '#117a65',
};
