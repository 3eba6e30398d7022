import type { Locale } from 'date-fns';
import type { UseRoadmapResult } from '../../hooks/useRoadmap.js';
import type { HeadingLevel } from '../common/headingLevel.js';
import type { SlotProps } from '../../theme/slots.js';
import type { roadmapViewSlots } from './RoadmapView.slots.js';
import type { RoadmapViewDefaultLabels } from './roadmapViewDefaultLabels.js';

/** What every RoadmapView part receives from the composite: the hook's result and the common props. */
export interface RoadmapViewPartProps {
  view: UseRoadmapResult;
  slot: (name: keyof typeof roadmapViewSlots) => SlotProps;
  labels: RoadmapViewDefaultLabels;
  locale: Locale;
  /** Level of the roadmap title (RoadmapView's `headingLevel`). */
  titleLevel: HeadingLevel;
  /** Level of the section headings: one below the title, down to 6. */
  headingLevel: HeadingLevel;
  /** RoadmapView's `unstyled`, handed to every component it draws. */
  unstyled: boolean | undefined;
}

/** An `h2`…`h6` tag for a level. */
export function headingTag(level: number): 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return `h${Math.min(6, Math.max(1, level))}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
