'use client';
import { TIMELINE_ZOOMS } from '../../dates/timeScale.js';
import type { UseTimelineResult } from '../../hooks/useTimeline.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { SlotProps } from '../../theme/slots.js';
import type { timelineSlots } from './Timeline.slots.js';

/** Props of `TimelineZoomControls`. */
export interface TimelineZoomControlsProps {
  timeline: UseTimelineResult;
  labels: RoadmapLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
}

/** A labelled group of toggle buttons, one per zoom level; the pressed one is the current zoom. */
export function TimelineZoomControls({ timeline, labels, slot }: TimelineZoomControlsProps) {
  return (
    <fieldset {...slot('toolbar')}>
      <legend className="rk-visually-hidden">{labels.zoom()}</legend>
      {TIMELINE_ZOOMS.map((level) => (
        <button key={level} {...timeline.getZoomProps(level, slot('zoomButton'))}>
          {labels.zoomLevel(level)}
        </button>
      ))}
    </fieldset>
  );
}
