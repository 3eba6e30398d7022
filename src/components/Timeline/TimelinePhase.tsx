'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import type { CSSProperties, ReactNode } from 'react';
import { useState } from 'react';
import type { TimelinePhaseText } from '../../hooks/internal/describeTimelinePhase.js';
import type { TimelineEntry, UseTimelineResult } from '../../hooks/useTimeline.js';
import { getPhaseNameParts } from '../../model/phaseName.js';
import type { Phase } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import type { HeadingLevel } from '../common/headingLevel.js';
import { StatusBadge } from '../StatusBadge/StatusBadge.js';
import type { timelineSlots } from './Timeline.slots.js';
import { TimelinePhaseTooltip } from './TimelinePhaseTooltip.js';
import type { TimelineDefaultLabels } from './timelineDefaultLabels.js';

/** What `renderPhase` receives besides the phase. */
export interface TimelinePhaseRenderState {
  entry: TimelineEntry;
  /** Dates, dates in words, status and progress, formatted. */
  text: TimelinePhaseText;
  orientation: UseTimelineResult['orientation'];
  /** Whether this phase holds the timeline's tab stop. */
  isActive: boolean;
}

/** Draws a phase's body inside its focusable element; keep it free of links and buttons. */
export type RenderTimelinePhase = (phase: Phase, state: TimelinePhaseRenderState) => ReactNode;

/** Props of `TimelinePhase`. */
export interface TimelinePhaseProps {
  entry: TimelineEntry;
  timeline: UseTimelineResult;
  labels: TimelineDefaultLabels;
  slot: (name: keyof typeof timelineSlots) => SlotProps;
  unstyled: boolean;
  renderPhase: RenderTimelinePhase | undefined;
  headingLevel: HeadingLevel;
  /** Place the row at the entry's offset (a virtualised list). */
  positioned: boolean;
}

/** One `<li>` of the timeline: its phase as a button with a tooltip, and the "Unscheduled" heading when first undated. */
export function TimelinePhase({ entry, timeline, labels, slot, unstyled, renderPhase, headingLevel, positioned }: TimelinePhaseProps) {
  const { phase, summary } = entry;
  const text = timeline.describePhase(entry);
  const name = getPhaseNameParts(phase);
  const Heading = `h${headingLevel}` as const;
  // Days, not pixels: the stylesheet turns them into shares of the axis, whatever width it gets.
  const style: CSSProperties = { '--rk-timeline-offset': entry.offset, '--rk-timeline-length': entry.length, '--rk-timeline-y': positioned ? `${entry.y}px` : undefined };
  const isActive = entry.index === timeline.activeIndex;
  const isVertical = timeline.orientation === 'vertical';
  // The tooltip's content (and its portal) exists only while open: a closed phase renders none of it.
  const [tooltipOpen, setTooltipOpen] = useState(false);
  return (
    <li {...timeline.getItemProps(entry, { ...slot('item'), style })} data-side={entry.index % 2 === 1 ? 'end' : 'start'}>
      {entry.isFirstUnscheduled && <Heading {...slot('groupHeading')}>{labels.unscheduled()}</Heading>}
      <span {...slot('marker')} aria-hidden="true" />
      <Tooltip.Root open={tooltipOpen} onOpenChange={setTooltipOpen}>
        <Tooltip.Trigger asChild>
          <button type="button" {...timeline.getPhaseProps(entry, slot('phase'))}>
            {renderPhase ? (
              renderPhase(phase, { entry, text, orientation: timeline.orientation, isActive })
            ) : (
              <>
                <span {...slot('heading')}>
                  {name.version && <span {...slot('version')}>{name.version}</span>} <span {...slot('title')}>{name.title}</span>
                </span>{' '}
                <span {...slot('dates')}>
                  <span aria-hidden="true">{text.dates}</span>
                  <span data-visually-hidden="">{text.datesInWords}</span>
                </span>{' '}
                <span {...slot('meta')}>
                  <StatusBadge status={phase.status} labels={labels} unstyled={unstyled} />{' '}
                  <span {...slot('progress')}>
                    <span {...slot('progressTrack')} aria-hidden="true">
                      <span {...slot('progressFill')} style={{ '--rk-timeline-progress': summary.progress.ratio ?? 0 }} />
                    </span>
                    {text.progress}
                  </span>
                  {summary.isCurrent && <> {labels.current()}</>}
                  {summary.isOverdue && <> {labels.overdue()}</>}
                </span>
              </>
            )}
          </button>
        </Tooltip.Trigger>
        {tooltipOpen && <TimelinePhaseTooltip phase={phase} text={text} labels={labels} slot={slot} side={isVertical ? 'right' : 'bottom'} />}
      </Tooltip.Root>
      {!isVertical && (
        // The bar repeats the row's dates as a length: decoration, the words beside it say it all.
        <span {...slot('track')} aria-hidden="true">
          {entry.shape && <span {...slot('bar')} data-shape={entry.shape} />}
        </span>
      )}
    </li>
  );
}
