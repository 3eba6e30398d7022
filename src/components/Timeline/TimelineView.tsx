'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import type { HTMLAttributes } from 'react';
import { forwardRef, useCallback, useRef } from 'react';
import type { TimelineOrientation } from '../../layout/timelineLayout.js';
import type { TimelineZoom } from '../../dates/timeScale.js';
import { usePrintMode } from '../../hooks/internal/usePrintMode.js';
import { useValidRoadmap } from '../../hooks/internal/useRoadmapValidation.js';
import { useTimelineOfValidated } from '../../hooks/useTimeline.js';
import type { Phase, Roadmap } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import type { HeadingLevel } from '../common/headingLevel.js';
import { useDatedCommonProps } from '../common/useDatedCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { timelineSlots } from './Timeline.slots.js';
import { timelineDefaultLabels } from './timelineDefaultLabels.js';
import { TimelineAxis } from './TimelineAxis.js';
import type { RenderTimelinePhase } from './TimelinePhase.js';
import { TimelinePhase } from './TimelinePhase.js';
import { TimelineZoomControls } from './TimelineZoomControls.js';
import { TooltipContainerContext } from './tooltipContainer.js';
import { useAutoOrientation } from './useAutoOrientation.js';
import { useScrollToToday } from './useScrollToToday.js';
import { useTimelineMotion } from './useTimelineMotion.js';

/** Props of `Timeline`. */
export interface TimelineProps extends CommonProps<typeof timelineSlots>, Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'style'> {
  /** The roadmap to show; an invalid one renders its issues instead. */
  roadmap: Roadmap;
  /** A time axis, or an ordered list. @defaultValue the list below `breakpoint` pixels wide, the axis above — decided by a container query, so the server draws what the browser keeps */
  orientation?: TimelineOrientation;
  /** Where the vertical list's phases sit: all on the line's end side (`start`: the line at the start edge), or alternating sides. The axis ignores it. @defaultValue 'start' */
  position?: TimelinePosition;
  /**
   * `position` under its first name (`'default'` is `'start'`); `position` wins when both are given.
   * @deprecated Use `position`: `layout` is RoadmapView's page / table switch, one meaning per prop name.
   */
  layout?: 'default' | 'alternate';
  /** Controlled zoom of the axis. */
  zoom?: TimelineZoom;
  /** Initial zoom when uncontrolled. @defaultValue 'quarter' */
  defaultZoom?: TimelineZoom;
  /** Called with the zoom the reader asks for (buttons, `+` / `-`). */
  onZoomChange?: (zoom: TimelineZoom) => void;
  /** Called when a phase is clicked or chosen with Enter. */
  onSelectPhase?: (phase: Phase) => void;
  /** Draws each phase's body instead of the default one (keep it free of links and buttons). */
  renderPhase?: RenderTimelinePhase;
  /** Level of the timeline's one heading, "Unscheduled" above the undated phases (the same range, 1–6, as every component's `headingLevel`). @defaultValue 3 */
  headingLevel?: HeadingLevel;
  /** Above this many phases only those in view (plus a margin) are in the DOM. @defaultValue 100 */
  virtualizeAbove?: number;
  /** Width in pixels from which an orientation-less timeline becomes a time axis. Another width than the default is measured in the browser after the first render (the server draws the list). @defaultValue 640 */
  breakpoint?: number;
}

/** Where a vertical timeline's phases sit: on one side of its line, or alternating sides. */
export type TimelinePosition = 'start' | 'alternate';

/** The width from which the stylesheet's container query draws the axis (40rem at the default font size). */
const CSS_BREAKPOINT = 640;

/** The timeline of a roadmap its edge (`Timeline`, or RoadmapView's) already validated. */
export const TimelineView = /* @__PURE__ */ forwardRef<HTMLDivElement, TimelineProps>(function TimelineView(
  {
    roadmap,
    orientation: chosenOrientation,
    position: positionProp,
    layout,
    zoom,
    defaultZoom,
    onZoomChange,
    onSelectPhase,
    renderPhase,
    headingLevel = 3,
    virtualizeAbove,
    breakpoint = 640,
    ...props
  },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useDatedCommonProps(commonProps, timelineSlots, timelineDefaultLabels);
  const unstyled = commonProps.unstyled ?? false;
  const { slot } = common;
  // Paper shows the list, and every phase of it: no virtualisation while printing.
  const printing = usePrintMode();
  // The stylesheet's container query picks the list or the axis at the default breakpoint; any other
  // breakpoint is measured (a container query cannot read it from a prop).
  // The root and the viewport are held in refs, not state: attaching them re-renders nothing.
  const rootRef = useRef<HTMLDivElement | null>(null);
  const setRoot = useCallback(
    (element: HTMLDivElement | null) => {
      rootRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const measured = useAutoOrientation(rootRef, chosenOrientation ?? (breakpoint === CSS_BREAKPOINT ? 'horizontal' : undefined), breakpoint, printing);
  const timeline = useTimelineOfValidated(useValidRoadmap(roadmap), {
    orientation: printing ? 'vertical' : measured,
    zoom,
    defaultZoom,
    onZoomChange,
    now: common.now,
    locale: common.locale,
    labels: common.labels,
    onSelectPhase,
    virtualizeAbove: printing ? Number.POSITIVE_INFINITY : virtualizeAbove,
  });
  const listScope = useTimelineMotion<HTMLOListElement>(timeline.zoom);
  const viewportProps = timeline.getViewportProps(slot('viewport'));
  const viewport = useRef<HTMLElement | null>(null);
  const { ref: trackViewport } = viewportProps;
  const viewportRef = useCallback(
    (element: HTMLElement | null) => {
      trackViewport(element);
      viewport.current = element;
    },
    [trackViewport],
  );
  useScrollToToday(viewport, timeline);

  // Nothing dated: an axis would be empty, so every width gets the list.
  const isAuto = !chosenOrientation && breakpoint === CSS_BREAKPOINT && !printing && timeline.laneCount > 0;
  const orientation = isAuto ? 'auto' : timeline.laneCount > 0 || chosenOrientation ? timeline.orientation : 'vertical';
  const hasAxis = orientation !== 'vertical';
  const position: TimelinePosition = positionProp ?? (layout === 'alternate' ? 'alternate' : 'start');
  return (
    <div
      {...rest}
      {...common.rootProps}
      ref={setRoot}
      data-orientation={orientation}
      data-position={orientation === 'horizontal' ? undefined : position}
      data-virtualized={timeline.isVirtualized || undefined}
      style={{
        ...common.rootProps.style,
        '--rk-timeline-axis-width': `${timeline.size.width}px`,
        '--rk-timeline-days': timeline.days || 1,
        '--rk-timeline-today-offset': timeline.todayMarker?.offset,
        '--rk-timeline-height': `${timeline.size.height}px`,
        '--rk-timeline-row-size': `${timeline.rowSize}px`,
      }}
    >
      <TooltipContainerContext.Provider value={rootRef}>
        <Tooltip.Provider delayDuration={300}>
          {hasAxis && <TimelineZoomControls timeline={timeline} labels={common.labels} slot={slot} />}
          <div {...viewportProps} ref={viewportRef}>
            {hasAxis && <TimelineAxis timeline={timeline} labels={common.labels} slot={slot} />}
            <ol {...slot('list')} ref={listScope} aria-label={common.labels.timeline(roadmap.title)}>
              {timeline.visibleEntries.map((entry) => (
                <TimelinePhase
                  key={entry.phase.id}
                  entry={entry}
                  timeline={timeline}
                  labels={common.labels}
                  slot={slot}
                  unstyled={unstyled}
                  renderPhase={renderPhase}
                  headingLevel={headingLevel}
                  positioned={timeline.isVirtualized}
                />
              ))}
            </ol>
          </div>
        </Tooltip.Provider>
      </TooltipContainerContext.Provider>
    </div>
  );
});
