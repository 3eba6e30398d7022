'use client';
import type { CalendarDay } from '../../hooks/useReleaseCalendar.js';
import type { ReleaseCalendarPartProps } from './releaseCalendarParts.js';
import { ReleaseButton } from './ReleaseButton.js';
import { ReleaseChip } from './ReleaseChip.js';
import { ReleaseTooltip } from './ReleaseTooltip.js';

/** Props of `ReleaseCalendarMonthView`. */
export interface ReleaseCalendarMonthViewProps extends ReleaseCalendarPartProps {
  /** Id of the caption, which names the grid. */
  captionId: string;
}

function DayCell({ day, calendar, slot, labels, locale, container }: ReleaseCalendarPartProps & { day: CalendarDay }) {
  const hasReleases = day.releases.length > 0 || day.projected.length > 0;
  const cell = (
    <td
      {...calendar.getCellProps(day, slot('day'))}
      data-has-releases={day.releases.length > 0 || undefined}
      data-has-projected={day.projected.length > 0 || undefined}
    >
      <span data-visually-hidden="">{day.label}</span>
      <span {...slot('dayNumber')} aria-hidden="true">
        {day.dayOfMonth}
      </span>
      {day.releases.map((phase) => (
        <ReleaseChip key={phase.id} phase={phase} labels={labels} slotProps={slot('release')} markerProps={slot('statusMarker')} />
      ))}
      {day.projected.map((release) => (
        <span {...slot('projected')} key={release.id} data-projected="">
          {labels.projected()}: {release.cadence.label}
        </span>
      ))}
    </td>
  );
  if (!hasReleases) return cell;
  // The whole cell is the trigger, so the tooltip opens with the cell's keyboard focus too.
  return (
    <ReleaseTooltip releases={day.releases} projected={day.projected} container={container} slotProps={slot('tooltip')} labels={labels} locale={locale}>
      {cell}
    </ReleaseTooltip>
  );
}

/**
 * The month as a WAI-ARIA date grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): weekday column
 * headers, one tab stop, single-day releases on their day; releases written as spans are listed
 * above it as bands across the days of the month they cover.
 */
export function ReleaseCalendarMonthView(props: ReleaseCalendarMonthViewProps) {
  const { calendar, slot, labels, captionId } = props;
  return (
    <>
      {calendar.spans.length > 0 ? (
        <ul {...slot('spans')} aria-label={labels.spansInMonth(calendar.caption)}>
          {calendar.spans.map((placement) => (
            <li
              {...slot('span')}
              key={placement.phase.id}
              data-status={placement.phase.status}
              data-continues-before={placement.continuesBefore || undefined}
              data-continues-after={placement.continuesAfter || undefined}
              style={{
                '--rk-release-calendar-span-start': (placement.startDay - 1) / placement.daysInMonth,
                '--rk-release-calendar-span-end': placement.endDay / placement.daysInMonth,
              }}
            >
              <ReleaseButton {...props} phase={placement.phase} />
              <span {...slot('spanBar')} aria-hidden="true" />
            </li>
          ))}
        </ul>
      ) : null}
      <table {...calendar.getGridProps({ ...slot('grid'), 'aria-labelledby': captionId })}>
        <thead>
          <tr>
            {calendar.weekdays.map((weekday) => (
              <th {...slot('weekday')} key={weekday.weekday} scope="col">
                <span aria-hidden="true">{weekday.short}</span>
                <span data-visually-hidden="">{weekday.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.weeks.map((week) => (
            <tr {...slot('week')} key={week[0]!.date}>
              {week.map((day) => (
                <DayCell key={day.date} {...props} day={day} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
