'use client';
import { TIMELINE_ZOOMS } from '../../dates/timeScale.js';
import type { TimelinePartProps } from './timelinePartProps.js';

/** Props of `TimelineZoomControls`. */
export type TimelineZoomControlsProps = TimelinePartProps;

/** A labelled group of toggle buttons, one per zoom level; the pressed one is the current zoom. */
export function TimelineZoomControls({ timeline, labels, slot }: TimelineZoomControlsProps) {
  return (
    <fieldset {...slot('toolbar')}>
      <legend data-visually-hidden="">{labels.zoom()}</legend>
      {TIMELINE_ZOOMS.map((level) => (
        <button key={level} {...timeline.getZoomProps(level, slot('zoomButton'))}>
          {labels.zoomLevel(level)}
        </button>
      ))}
    </fieldset>
  );
}
