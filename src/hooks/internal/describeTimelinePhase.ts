import type { Locale } from 'date-fns';
import { formatSpan } from '../../i18n/formatSpan.js';
import type { RoadmapLabels } from '../../i18n/labels.js';
import { itemsOfGroups } from '../../model/phaseProgress.js';
import type { Item } from '../../model/types.js';
import type { PhaseSummary } from './useSummarisedRoadmap.js';

/** How many open items a phase's tooltip lists. */
export const NEXT_ITEMS_SHOWN = 3;

/** The words a timeline shows and says about one phase. */
export interface TimelinePhaseText {
  /** As a reader sees them: `Q1 2026`, or the timeframe as written, or "No date". */
  dates: string;
  /** As a screen reader says them: `January to March 2026`. */
  datesInWords: string;
  /** `In progress` */
  status: string;
  /** `2 of 5 done`, or "No items". */
  progress: string;
  /** The first open items, those under way before those planned. */
  nextItems: Item[];
}

/** Formats one phase for the timeline; called only for the phases actually rendered. */
export function describeTimelinePhase(summary: PhaseSummary, locale: Locale, labels: Pick<RoadmapLabels, 'noDate' | 'spanInWords' | 'status' | 'progress' | 'noItems'>): TimelinePhaseText {
  const { phase, progress } = summary;
  const undated = phase.timeframe ?? labels.noDate();
  const items = itemsOfGroups(phase.groups);
  const nextItems = [...items.filter((item) => item.status === 'in-progress'), ...items.filter((item) => item.status === 'planned')];
  return {
    dates: phase.when ? formatSpan(phase.when, locale) : undated,
    datesInWords: phase.when ? labels.spanInWords(phase.when, locale) : undated,
    status: labels.status(phase.status),
    progress: progress.total === 0 ? labels.noItems() : labels.progress(progress.done, progress.total),
    nextItems: nextItems.slice(0, NEXT_ITEMS_SHOWN),
  };
}
