import type { MeetingType } from '../../preload/contract';

/** Danish names of meeting types for documents, search and the annual wheel (the screens use i18next). */
export const meetingTypeLabel: Record<MeetingType, string> = {
  kickoff_workshop: 'Opstarts-workshop',
  theme_meeting: 'Temamøde',
  steering_group: 'Styregruppemøde',
  partnership_meeting: 'Partnerskabsmøde',
  advisory_board: 'Advisory board-møde',
  network_meeting: 'Netværksmøde',
  study_visit: 'Studiebesøg',
  other: 'Andet møde',
};
