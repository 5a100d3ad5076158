/** Where the meeting pages live (app.config.ts subpackage). Pure: the workbench tiles use these too. */
export const MEETING_PAGES = {
  hall: '/packages/meetings/hall/index',
  board: '/packages/meetings/board/index',
  admin: '/packages/meetings/admin/index',
  detail: '/packages/meetings/detail/index',
  minutes: '/packages/meetings/minutes/index',
} as const;

export const meetingUrl = (meetingId: string): string => `${MEETING_PAGES.detail}?id=${encodeURIComponent(meetingId)}`;

/** 会议纪要: the page a share opens (weapp 转发 or a copied H5 link). */
export const minutesUrl = (meetingId: string): string => `${MEETING_PAGES.minutes}?id=${encodeURIComponent(meetingId)}`;
