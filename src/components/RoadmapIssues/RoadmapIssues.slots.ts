import { defineSlots } from '../../theme/slots.js';

/** Slots of RoadmapIssues and their default classes. */
export const roadmapIssuesSlots = /* @__PURE__ */ defineSlots('roadmap-issues', [
  'title',
  'list',
]);
