'use client';
import type { UseTimelineResult } from '../../hooks/useTimeline.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotProps } from '../../theme/slots.js';
import type { timelineSlots } from './Timeline.slots.js';

/** Props of `TimelineAxis`. */
export interface TimelineAxisProps {
  timeline: UseTimelineResult;
  labels: RoadmapLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
}

/**
 * The ticks of the time axis and the today line. Both are decorative (`aria-hidden`): every phase
 * says its own dates, in words, so the axis would only repeat them.
 */
export function TimelineAxis({ timeline, labels, slot }: TimelineAxisProps) {
  return (
    <>
      <div {...slot('axis')} aria-hidden="true">
        {timeline.ticks.map((tick) => (
          <span key={tick.start} {...slot('tick')} style={{ '--rk-timeline-x': `${tick.x}px`, '--rk-timeline-bar-width': `${tick.width}px` }}>
            {tick.label}
          </span>
        ))}
      </div>
      {timeline.today && (
        <span {...slot('today')} aria-hidden="true" data-today style={{ '--rk-timeline-x': `${timeline.today.x}px` }}>
          {labels.today()}
        </span>
      )}
    </>
  );
}
