'use client';
import { Provider as TooltipProvider } from '@radix-ui/react-tooltip';
import type { HTMLAttributes } from 'react';
import { forwardRef, useId } from 'react';
import type { ReleaseCalendarOptions } from '../../hooks/useReleaseCalendar.js';
import { useReleaseCalendarOfValidated } from '../../hooks/useReleaseCalendar.js';
import { useValidRoadmap } from '../../hooks/internal/useRoadmapValidation.js';
import type { Roadmap } from '../../model/types.js';
import type { CommonProps } from '../common/commonProps.js';
import { useDatedCommonProps } from '../common/useDatedCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { useRootElement } from '../common/useRootElement.js';
import { releaseCalendarSlots } from './ReleaseCalendar.slots.js';
import { releaseCalendarDefaultLabels } from './releaseCalendarDefaultLabels.js';
import { ReleaseCalendarLegend } from './ReleaseCalendarLegend.js';
import { ReleaseCalendarMonthList } from './ReleaseCalendarMonthList.js';
import { ReleaseCalendarMonthView } from './ReleaseCalendarMonthView.js';
import { ReleaseCalendarToolbar } from './ReleaseCalendarToolbar.js';

/** The hook options a ReleaseCalendar takes as props; `locale`, `now` and `labels` come from the common props. */
export type ReleaseCalendarOptionProps = ReleaseCalendarOptions;

/** Props of `ReleaseCalendar`: the hook's options, the common props and any attribute for the root. */
export interface ReleaseCalendarProps
  extends CommonProps<typeof releaseCalendarSlots>,
    ReleaseCalendarOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'style' | 'dir' | 'defaultValue'> {
  /** The roadmap whose releases and cadences to show; an invalid one shows its problems instead. */
  roadmap: Roadmap;
}

// Every option the hook reads, checked complete by the type: the rest goes on the root element.
const OPTION_KEYS: Record<keyof ReleaseCalendarOptionProps, true> = {
  month: true,
  defaultMonth: true,
  onMonthChange: true,
  view: true,
  defaultView: true,
  onViewChange: true,
  weekStartsOn: true,
  showProjected: true,
  projectionHorizon: true,
  dir: true,
  onSelectRelease: true,
};

function splitOptions(props: Omit<ReleaseCalendarProps, 'roadmap' | keyof CommonProps<typeof releaseCalendarSlots>>) {
  const options: ReleaseCalendarOptionProps = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in OPTION_KEYS) (options as Record<string, unknown>)[key] = value;
    else rest[key] = value;
  }
  return { options, rest: rest as HTMLAttributes<HTMLDivElement> };
}

/** The calendar of a roadmap its edge (`ReleaseCalendar`, or RoadmapView's) already validated. */
export const ReleaseCalendarView = /* @__PURE__ */ forwardRef<HTMLDivElement, ReleaseCalendarProps>(function ReleaseCalendarView(
  { roadmap, ...allProps },
  ref,
) {
  const [commonProps, props] = splitCommonProps(allProps);
  const common = useDatedCommonProps(commonProps, releaseCalendarSlots, releaseCalendarDefaultLabels);
  const { options, rest } = splitOptions(props);
  const calendar = useReleaseCalendarOfValidated(useValidRoadmap(roadmap), { ...options, locale: common.locale, now: common.now, labels: common.labels });
  const captionId = useId();
  const [container, setRoot] = useRootElement(ref);
  const parts = { calendar, slot: common.slot, labels: common.labels, locale: common.locale, container };
  return (
    <TooltipProvider delayDuration={300}>
      <div {...rest} {...common.rootProps} ref={setRoot} dir={options.dir} data-view={calendar.view} data-projected={options.showProjected || undefined}>
        <ReleaseCalendarToolbar {...parts} captionId={captionId} />
        {calendar.view === 'month' ? <ReleaseCalendarMonthView {...parts} captionId={captionId} /> : <ReleaseCalendarMonthList {...parts} />}
        {options.showProjected ? <ReleaseCalendarLegend {...parts} /> : null}
      </div>
    </TooltipProvider>
  );
});
