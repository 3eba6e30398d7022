'use client';
import type { HTMLAttributes, ReactNode } from 'react';
import { forwardRef, useId, useMemo } from 'react';
import type { UseRoadmapResult } from '../../hooks/useRoadmap.js';
import { useRoadmapOfValidated } from '../../hooks/useRoadmap.js';
import { useValidRoadmap } from '../../hooks/internal/useRoadmapValidation.js';
import { useControllableState } from '../../hooks/internal/useControllableState.js';
import type { RoadmapFilter } from '../../model/filterRoadmap.js';
import type { Roadmap } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import { useDatedCommonProps } from '../common/useDatedCommonProps.js';
import type { HeadingLevel } from '../common/headingLevel.js';
import { subHeadingLevel } from '../common/headingLevel.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { RoadmapFilterBar } from './RoadmapFilterBar.js';
import { RoadmapMetricsTable } from './RoadmapMetricsTable.js';
import { RoadmapTable } from './RoadmapTable.js';
import type { RoadmapLayout, RoadmapViewPart } from './RoadmapView.slots.js';
import { roadmapViewSlots } from './RoadmapView.slots.js';
import { roadmapViewDefaultLabels } from './roadmapViewDefaultLabels.js';
import { RoadmapViewHeader } from './RoadmapViewHeader.js';
import { RoadmapViewSections } from './RoadmapViewSections.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

/** Props of `RoadmapView`. */
export interface RoadmapViewProps
  extends CommonProps<typeof roadmapViewSlots>,
    Omit<HTMLAttributes<HTMLElement>, 'className' | 'style' | 'defaultValue'> {
  /** The roadmap to lay out; an invalid one shows its problems instead. */
  roadmap: Roadmap;
  /** Controlled layout of the page: `page` (the components) or `table` (one accessible data table). Only RoadmapView has a `layout`; a Timeline's list sides are its `position`. */
  layout?: RoadmapLayout;
  /** Layout shown first when uncontrolled. @defaultValue 'page' */
  defaultLayout?: RoadmapLayout;
  /** Called with the layout the reader switches to. */
  onLayoutChange?: (layout: RoadmapLayout) => void;
  /** Controlled filter (statuses, text, tags) that drives every part. */
  filter?: RoadmapFilter;
  /** Filter applied first when uncontrolled. @defaultValue {} */
  defaultFilter?: RoadmapFilter;
  /** Called with the filter the reader sets. */
  onFilterChange?: (filter: RoadmapFilter) => void;
  /** Hide a part with `false`, or draw it yourself with a function of the view's data. */
  parts?: Partial<Record<RoadmapViewPart, false | ((view: UseRoadmapResult) => ReactNode)>>;
  /** Level of the roadmap title (1–6, the same range as every component's `headingLevel`); section titles sit one below, and the components in them one below that, down to 6. @defaultValue 2 */
  headingLevel?: HeadingLevel;
}

/** The page of a roadmap its edge (`RoadmapView`) already validated. */
export const RoadmapViewContent = /* @__PURE__ */ forwardRef<HTMLElement, RoadmapViewProps>(function RoadmapViewContent(
  {
    roadmap,
    layout: layoutProp,
    defaultLayout = 'page',
    onLayoutChange,
    filter,
    defaultFilter,
    onFilterChange,
    parts = {},
    headingLevel = 2,
    ...props
  },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useDatedCommonProps(commonProps, roadmapViewSlots, roadmapViewDefaultLabels);
  const view = useRoadmapOfValidated(useValidRoadmap(roadmap), { now: common.now, filter, defaultFilter, onFilterChange });
  const [layout, setLayout] = useControllableState({ value: layoutProp, defaultValue: defaultLayout, onChange: onLayoutChange, name: 'layout' });
  const titleId = useId();
  // The child components get the narrowed roadmap, so one filter drives them all.
  const visibleRoadmap = useMemo(
    () => ({ ...roadmap, phases: view.visiblePhases.map(({ phase }) => phase) }),
    [roadmap, view.visiblePhases],
  );

  const partProps: RoadmapViewPartProps = {
    view,
    slot: common.slot,
    labels: common.labels,
    locale: common.locale,
    titleLevel: headingLevel,
    headingLevel: subHeadingLevel(headingLevel),
    unstyled: commonProps.unstyled,
  };
  const draw = (part: RoadmapViewPart, fallback: () => ReactNode) => {
    const custom = parts[part];
    if (custom === false) return null;
    return custom ? custom(view) : fallback();
  };
  return (
    <section {...rest} {...common.rootProps} ref={ref} aria-labelledby={titleId} data-layout={layout}>
      {draw('header', () => <RoadmapViewHeader {...partProps} titleId={titleId} />)}
      {draw('filters', () => <RoadmapFilterBar {...partProps} layout={layout} onLayoutChange={setLayout} />)}
      {view.visiblePhases.length === 0 ? <p {...common.slot('empty')}>{common.labels.noMatches()}</p> : null}
      {layout === 'table' ? (
        <>
          <RoadmapTable {...partProps} />
          {visibleRoadmap.metrics.length > 0 ? <RoadmapMetricsTable {...partProps} metrics={visibleRoadmap.metrics} /> : null}
        </>
      ) : (
        <RoadmapViewSections {...partProps} roadmap={visibleRoadmap} draw={draw} now={common.now} />
      )}
    </section>
  );
});
