/** Slots of RoadmapIssues and their default classes. */
export const roadmapIssuesSlots = {
  root: 'rk-roadmap-issues',
  title: 'rk-roadmap-issues__title',
  list: 'rk-roadmap-issues__list',
} as const;
