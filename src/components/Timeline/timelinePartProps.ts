import type { UseTimelineResult } from '../../hooks/useTimeline.js';
import type { SlotProps } from '../../theme/slots.js';
import type { timelineSlots } from './Timeline.slots.js';
import type { TimelineDefaultLabels } from './timelineDefaultLabels.js';

/** What every sub-part of Timeline gets from it: the hook's result, the labels and the slot helper. */
export interface TimelinePartProps {
  timeline: UseTimelineResult;
  labels: TimelineDefaultLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
}
