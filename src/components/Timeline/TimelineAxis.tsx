'use client';
import type { TimelinePartProps } from './timelinePartProps.js';

/** Props of `TimelineAxis`. */
export type TimelineAxisProps = TimelinePartProps;

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
