'use client';
import { formatSpan } from '../../i18n/formatSpan.js';
import type { Phase } from '../../model/types.js';
import type { ReleaseCalendarPartProps } from './releaseCalendarParts.js';
import { ReleaseChip } from './ReleaseChip.js';
import { ReleaseTooltip } from './ReleaseTooltip.js';

/** Props of `ReleaseButton`. */
export interface ReleaseButtonProps extends ReleaseCalendarPartProps {
  phase: Phase;
}

/** A release outside the day grid (a span, or an entry of a month list): a button with a tooltip. */
export function ReleaseButton({ phase, calendar, slot, labels, locale, container }: ReleaseButtonProps) {
  return (
    <ReleaseTooltip releases={[phase]} container={container} slotProps={slot('tooltip')} labels={labels} locale={locale}>
      <button type="button" onClick={() => calendar.selectRelease(phase)}>
        <ReleaseChip phase={phase} labels={labels} slotProps={slot('release')} markerProps={slot('statusMarker')} />
        {phase.when ? ` · ${phase.when.label ?? formatSpan(phase.when, locale)}` : null}
      </button>
    </ReleaseTooltip>
  );
}
