'use client';
import type { HTMLAttributes, Ref } from 'react';
import { forwardRef, useMemo } from 'react';
import { phaseCardLabels } from '../../i18n/labels/phaseCardLabels.js';
import type { ItemStatusFilter } from '../../model/isStatusShown.js';
import type { Phase } from '../../model/types.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import type { CommonProps } from '../common/commonProps.js';
import { issuesPropsFrom, splitCommonProps } from '../common/splitCommonProps.js';
import { RoadmapIssues } from '../RoadmapIssues/RoadmapIssues.js';
import type { phaseCardSlots } from './PhaseCard.slots.js';
import type { PhaseCardRenderItem } from './PhaseCardItem.js';
import { PhaseCardView } from './PhaseCardView.js';

/** A heading level. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Props of `PhaseCard` (declared whole in this file, so the docs' props table lists every one). */
export interface PhaseCardProps
  extends CommonProps<typeof phaseCardSlots>,
    Omit<HTMLAttributes<HTMLElement>, 'className' | 'style' | 'defaultValue'> {
  /** The phase to show. Anything that is not a valid phase shows a message listing the problems. */
  phase: Phase;
  /** Level of the card's heading; group and metric headings sit one below. @defaultValue 3 */
  headingLevel?: HeadingLevel;
  /** Controlled list of open group keys (`usePhase` keys: a group title's slug, `items` for the untitled group). */
  open?: string[];
  /** Group keys open at first, or `true` / `false` for all / none. @defaultValue all, or the first three in a phase of more than 50 items */
  defaultOpen?: string[] | boolean;
  /** Called with the new list of open group keys when a group is toggled. */
  onOpenChange?: (open: string[]) => void;
  /** Which items to show, by status: `'all'`, `'open'` (not done or cancelled), one status, or a list. Progress still counts every item. @defaultValue 'all' */
  show?: ItemStatusFilter;
  /** Renders an item's content inside its `<li>`; `context.defaultContent` is the default rendering. */
  renderItem?: PhaseCardRenderItem;
}

const PHASE_PATH = /^phases\[0\]\.?/;

function relativeToPhase(issue: ValidationIssue): ValidationIssue {
  return { ...issue, path: issue.path.replace(PHASE_PATH, '') };
}

/**
 * One phase or release: heading with version and title, status badge, dates in the locale, a
 * progress bar, its groups as collapsible disclosures with status-iconed items, and its metrics as
 * compact gauges. Invalid input never crashes the host page: the card lists what is wrong instead.
 * @example <PhaseCard phase={roadmap.phases[1]} headingLevel={2} show="open" />
 */
export const PhaseCard = /* @__PURE__ */ forwardRef<HTMLElement, PhaseCardProps>(function PhaseCard(props, ref) {
  const defaults = useRoadmapDefaults();
  // The model validates whole roadmaps; a phase is checked as the only phase of one.
  const result = useMemo(() => validateRoadmap({ title: 'phase', phases: [props.phase] }), [props.phase]);
  const phase = result.ok ? result.roadmap.phases[0] : undefined;
  if (!phase) {
    const [commonProps] = splitCommonProps(props);
    const invalidPhase = commonProps.labels?.invalidPhase ?? defaults.labels?.invalidPhase ?? phaseCardLabels.invalidPhase;
    return (
      <RoadmapIssues
        ref={ref as Ref<HTMLDivElement>}
        issues={result.ok ? [] : result.issues.map(relativeToPhase)}
        {...issuesPropsFrom(commonProps)}
        labels={{ ...commonProps.labels, invalidRoadmap: invalidPhase }}
      />
    );
  }
  return <PhaseCardView {...props} phase={phase} ref={ref} />;
});
