'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useContext } from 'react';
import type { TimelinePhaseText } from '../../hooks/internal/describeTimelinePhase.js';
import { formatPhaseName } from '../../model/phaseName.js';
import type { Phase } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import type { timelineSlots } from './Timeline.slots.js';
import type { TimelineDefaultLabels } from './timelineDefaultLabels.js';
import { TooltipContainerContext } from './tooltipContainer.js';

/** Props of `TimelinePhaseTooltip`. */
export interface TimelinePhaseTooltipProps {
  phase: Phase;
  text: TimelinePhaseText;
  labels: TimelineDefaultLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
  side: 'bottom' | 'right';
}

/** The details of a phase on hover and focus: version, title, dates, status, progress, next items. */
export function TimelinePhaseTooltip({ phase, text, labels, slot, side }: TimelinePhaseTooltipProps) {
  // Portalled into the timeline's root, so it inherits the theme variables. Rendered only while open.
  const container = useContext(TooltipContainerContext).current;
  return (
    <Tooltip.Portal container={container}>
      <Tooltip.Content {...slot('tooltip')} side={side} align="start" sideOffset={6} collisionPadding={8} data-status={phase.status}>
        <p {...slot('tooltipTitle')}>
          {formatPhaseName(phase)}
        </p>
        <p>{text.dates}</p>
        <p>
          <span>{text.status}</span>, <span>{text.progress}</span>
        </p>
        {text.nextItems.length > 0 && (
          <>
            <p>{labels.nextItems()}</p>
            <ul {...slot('tooltipList')}>
              {text.nextItems.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ul>
          </>
        )}
      </Tooltip.Content>
    </Tooltip.Portal>
  );
}
