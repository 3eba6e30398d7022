import type { Locale } from 'date-fns';
import type { UseReleaseCalendarResult } from '../../hooks/useReleaseCalendar.js';
import type { SlotProps } from '../../theme/slots.js';
import type { releaseCalendarSlots } from './ReleaseCalendar.slots.js';
import type { ReleaseCalendarDefaultLabels } from './releaseCalendarDefaultLabels.js';

/** What every part of ReleaseCalendar renders from: the hook's result and the resolved common props. */
export interface ReleaseCalendarPartProps {
  calendar: UseReleaseCalendarResult;
  slot: (name: keyof typeof releaseCalendarSlots) => SlotProps;
  labels: ReleaseCalendarDefaultLabels;
  locale: Locale;
  /** The calendar root, where tooltips render so theme variables apply to them. */
  container: HTMLElement | null;
}
