'use client';
import { getPhaseNameParts } from '../../model/phaseName.js';
import type { Phase } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import { STATUS_ICONS } from '../StatusBadge/statusIcons.js';
import type { ReleaseCalendarDefaultLabels } from './releaseCalendarDefaultLabels.js';

/** Props of `ReleaseChip`. */
export interface ReleaseChipProps {
  phase: Phase;
  labels: ReleaseCalendarDefaultLabels;
  /** Class and `data-slot` of the chip. */
  slotProps: SlotProps;
  /** Class and `data-slot` of the status glyph. */
  markerProps: SlotProps;
}

/** A release as a line of text: status glyph (its name for screen readers), version and title. */
export function ReleaseChip({ phase, labels, slotProps, markerProps }: ReleaseChipProps) {
  const name = getPhaseNameParts(phase);
  return (
    <span {...slotProps} data-status={phase.status}>
      <span {...markerProps} aria-hidden="true">
        {STATUS_ICONS[phase.status]}
      </span>
      {/* Spaces sit in text nodes between elements, where every accessible-name algorithm keeps them. */}
      <span data-visually-hidden="">{labels.status(phase.status)}</span>{' '}
      {name.version ? (
        <>
          <strong>{name.version}</strong>{' '}
        </>
      ) : null}
      {name.title}
    </span>
  );
}
