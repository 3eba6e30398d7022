'use client';
import { useId } from 'react';
import type { CalendarMonth } from '../../hooks/useReleaseCalendar.js';
import { formatSpan } from '../../i18n/formatSpan.js';
import type { ReleaseCalendarPartProps } from './releaseCalendarParts.js';
import { ReleaseButton } from './ReleaseButton.js';

function MonthCard({ month, ...props }: ReleaseCalendarPartProps & { month: CalendarMonth }) {
  const { slot, labels, locale } = props;
  const captionId = useId();
  const isEmpty = month.releases.length === 0 && month.spans.length === 0 && month.projected.length === 0;
  return (
    <section {...slot('month')} aria-labelledby={captionId} data-current={props.calendar.today.startsWith(month.month) || undefined}>
      <span {...slot('monthCaption')} id={captionId}>
        {month.caption}
      </span>
      {isEmpty ? (
        <p {...slot('empty')}>{labels.noReleases()}</p>
      ) : (
        <ul {...slot('monthList')}>
          {month.releases.map((phase) => (
            <li key={phase.id}>
              <ReleaseButton {...props} phase={phase} />
            </li>
          ))}
          {month.spans.map((placement) => (
            <li
              key={placement.phase.id}
              data-span=""
              data-continues-before={placement.continuesBefore || undefined}
              data-continues-after={placement.continuesAfter || undefined}
            >
              <ReleaseButton {...props} phase={placement.phase} />
            </li>
          ))}
          {month.projected.map((release) => (
            <li key={release.id}>
              <span {...slot('projected')} data-projected="">
                {labels.projected()}: {release.cadence.label} · {formatSpan({ start: release.date, end: release.date, precision: 'day' }, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The quarter and year views: one card per month listing its releases, so a whole year reads at once. */
export function ReleaseCalendarMonthList(props: ReleaseCalendarPartProps) {
  return (
    <div {...props.slot('months')} data-view={props.calendar.view}>
      {props.calendar.months.map((month) => (
        <MonthCard key={month.month} {...props} month={month} />
      ))}
    </div>
  );
}
