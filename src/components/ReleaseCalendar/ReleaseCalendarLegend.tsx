'use client';
import { useId } from 'react';
import type { ReleaseCalendarPartProps } from './releaseCalendarParts.js';

/** The release cadences: those drawn as projected releases, and those without a period, listed only. */
export function ReleaseCalendarLegend({ calendar, slot, labels }: ReleaseCalendarPartProps) {
  const titleId = useId();
  if (calendar.cadences.length === 0) return null;
  return (
    <div {...slot('legend')}>
      <span id={titleId}>{labels.cadenceLegend()}</span>
      <ul aria-labelledby={titleId}>
        {calendar.cadences.map(({ cadence, cadenceIndex, isProjected }) => (
          <li {...slot('legendItem')} key={cadenceIndex} data-projected={isProjected || undefined}>
            {isProjected ? <span {...slot('projected')}>{labels.projected()}</span> : null}
            <strong>{cadence.label}</strong>
            {cadence.text ? `: ${cadence.text}` : null}
            {isProjected ? null : ` (${labels.cadenceNotDrawn()})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
