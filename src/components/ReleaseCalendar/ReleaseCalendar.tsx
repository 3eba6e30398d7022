'use client';
import { Provider as TooltipProvider } from '@radix-ui/react-tooltip';
import type { HTMLAttributes } from 'react';
import { forwardRef, useCallback, useId, useMemo, useState } from 'react';
import type { WeekDay } from '../../dates/getMonthGrid.js';
import type { CalendarView } from '../../dates/getViewMonths.js';
import { useReleaseCalendar } from '../../hooks/useReleaseCalendar.js';
import type { Phase, Roadmap } from '../../model/types.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';
import type { CommonProps } from '../common/commonProps.js';
import { useCommonProps } from '../common/useCommonProps.js';
import { RoadmapIssues } from '../RoadmapIssues/RoadmapIssues.js';
import { releaseCalendarSlots } from './ReleaseCalendar.slots.js';
import { ReleaseCalendarLegend } from './ReleaseCalendarLegend.js';
import { ReleaseCalendarMonthList } from './ReleaseCalendarMonthList.js';
import { ReleaseCalendarMonthView } from './ReleaseCalendarMonthView.js';
import { ReleaseCalendarToolbar } from './ReleaseCalendarToolbar.js';

// An invalid roadmap renders its issues; the hook still runs (hooks cannot be skipped) on nothing.
const EMPTY_ROADMAP: Pick<Roadmap, 'phases' | 'cadences'> = { phases: [], cadences: [] };

/** Props of `ReleaseCalendar`. */
export interface ReleaseCalendarProps
  extends CommonProps<typeof releaseCalendarSlots>,
    Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'style' | 'dir' | 'defaultValue'> {
  /** The roadmap whose releases and cadences to show; an invalid one shows its problems instead. */
  roadmap: Roadmap;
  /** Controlled month shown, `YYYY-MM`. */
  month?: string;
  /** Month shown first when uncontrolled, `YYYY-MM`. @defaultValue the month of `now` */
  defaultMonth?: string;
  /** Called with the `YYYY-MM` month the calendar moves to. */
  onMonthChange?: (month: string) => void;
  /** Controlled view: a month grid, or the months of a quarter or a year. */
  view?: CalendarView;
  /** View shown first when uncontrolled. @defaultValue 'month' */
  defaultView?: CalendarView;
  /** Called with the view the reader switches to. */
  onViewChange?: (view: CalendarView) => void;
  /** First day of the week, 0 = Sunday. @defaultValue from `locale` (Monday in `de`, Sunday in `en-US`) */
  weekStartsOn?: WeekDay;
  /** Draws the releases cadences imply, apart from announced ones, with a legend of cadences. @defaultValue false */
  showProjected?: boolean;
  /** How many months past `now` cadences are projected. @defaultValue 12 */
  projectionHorizon?: number;
  /** Called with a release chosen by Enter or a click on its day, or a click on it. */
  onSelectRelease?: (release: Phase, releasesOfDay: Phase[]) => void;
  /** Text direction; horizontal arrow keys flip in `rtl`. @defaultValue inherited */
  dir?: 'ltr' | 'rtl';
}

/**
 * Releases and cadences on a calendar: a month grid following the WAI-ARIA date grid pattern, and
 * quarter and year views listing each month's releases; spans drawn across their months, projected
 * cadence releases drawn apart, tooltips with details.
 * @example <ReleaseCalendar roadmap={roadmap} now="2026-03-15" showProjected onSelectRelease={(r) => open(r.id)} />
 */
export const ReleaseCalendar = /* @__PURE__ */ forwardRef<HTMLDivElement, ReleaseCalendarProps>(function ReleaseCalendar(
  {
    roadmap,
    month,
    defaultMonth,
    onMonthChange,
    view,
    defaultView,
    onViewChange,
    weekStartsOn,
    showProjected = false,
    projectionHorizon,
    onSelectRelease,
    dir,
    theme,
    className,
    classNames,
    unstyled,
    style,
    now,
    locale,
    labels,
    ...rest
  },
  ref,
) {
  const common = useCommonProps({ theme, className, classNames, unstyled, style, now, locale, labels }, releaseCalendarSlots);
  const validation = useMemo(() => validateRoadmap(roadmap), [roadmap]);
  const valid = validation.ok ? validation.roadmap : undefined;
  const calendar = useReleaseCalendar(valid ?? EMPTY_ROADMAP, {
    month,
    defaultMonth,
    onMonthChange,
    view,
    defaultView,
    onViewChange,
    weekStartsOn,
    locale: common.locale,
    now: common.now,
    showProjected,
    projectionHorizon,
    dir,
    labels: common.labels,
    onSelectRelease,
  });
  const captionId = useId();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const setRoot = useCallback(
    (element: HTMLDivElement | null) => {
      setContainer(element);
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  if (!validation.ok) {
    return <RoadmapIssues issues={validation.issues} theme={theme} className={className} unstyled={unstyled} style={style} labels={labels} locale={locale} />;
  }
  const parts = { calendar, slot: common.slot, labels: common.labels, locale: common.locale, container };
  return (
    <TooltipProvider delayDuration={300}>
      <div {...rest} {...common.rootProps} ref={setRoot} dir={dir} data-view={calendar.view} data-projected={showProjected || undefined}>
        <ReleaseCalendarToolbar {...parts} captionId={captionId} />
        {calendar.view === 'month' ? <ReleaseCalendarMonthView {...parts} captionId={captionId} /> : <ReleaseCalendarMonthList {...parts} />}
        {showProjected ? <ReleaseCalendarLegend {...parts} /> : null}
      </div>
    </TooltipProvider>
  );
});
