import type { UseTimelineResult } from '../../hooks/useTimeline.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotProps } from '../../theme/slots.js';
import type { timelineSlots } from './Timeline.slots.js';

/** What every sub-part of Timeline gets from it: the hook's result, the labels and the slot helper. */
export interface TimelinePartProps {
  timeline: UseTimelineResult;
  labels: RoadmapLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
}
