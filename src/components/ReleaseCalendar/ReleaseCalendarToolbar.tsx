'use client';
import { CALENDAR_VIEWS } from '../../dates/getViewMonths.js';
import type { ReleaseCalendarPartProps } from './releaseCalendarParts.js';

/** Props of `ReleaseCalendarToolbar`. */
export interface ReleaseCalendarToolbarProps extends ReleaseCalendarPartProps {
  /** Id of the caption, which names the grid. */
  captionId: string;
}

/** Previous / next / today buttons, the live caption of the period shown, and the view switcher. */
export function ReleaseCalendarToolbar({ calendar, slot, labels, captionId }: ReleaseCalendarToolbarProps) {
  const { view } = calendar;
  return (
    <div {...slot('toolbar')}>
      <button {...slot('navButton')} type="button" aria-label={labels.previousPeriod(view)} data-direction="previous" onClick={calendar.goToPrevious}>
        <span aria-hidden="true">‹</span>
      </button>
      <span {...slot('caption')} id={captionId} aria-live="polite">
        {calendar.caption}
      </span>
      <button {...slot('navButton')} type="button" aria-label={labels.nextPeriod(view)} data-direction="next" onClick={calendar.goToNext}>
        <span aria-hidden="true">›</span>
      </button>
      <button {...slot('todayButton')} type="button" onClick={calendar.goToToday}>
        {labels.today()}
      </button>
      <fieldset {...slot('views')}>
        <legend data-visually-hidden="">{labels.calendarViews()}</legend>
        {CALENDAR_VIEWS.map((option) => (
          <button {...slot('viewButton')} key={option} type="button" aria-pressed={option === view} onClick={() => calendar.setView(option)}>
            {labels.calendarView(option)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
