'use client';
import type { TimelinePartProps } from './timelinePartProps.js';

/** Props of `TimelineAxis`. */
export type TimelineAxisProps = TimelinePartProps;

/** Past this share of the axis the today label hangs before its line, so it never runs off the end. */
const LABEL_FLIP = 0.85;

/**
 * The header row of the axis: an empty corner above the phases' words, the ticks, and the today
 * label on a line of its own so it never covers a tick. Decorative (`aria-hidden`): every phase
 * says its own dates, in words, so the axis would only repeat them.
 */
export function TimelineAxis({ timeline, labels, slot }: TimelineAxisProps) {
  const { todayMarker: today, days } = timeline;
  return (
    <div {...slot('axis')} aria-hidden="true">
      <span {...slot('corner')} />
      <div {...slot('ticks')}>
        {timeline.ticks.map((tick) => (
          <span key={tick.start} {...slot('tick')} style={{ '--rk-timeline-offset': tick.offset, '--rk-timeline-length': tick.length }}>
            {tick.label}
          </span>
        ))}
        {today && (
          <span {...slot('today')} data-today data-align={today.offset / days > LABEL_FLIP ? 'end' : 'start'}>
            {labels.today()}
          </span>
        )}
      </div>
    </div>
  );
}
