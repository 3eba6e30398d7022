'use client';
import type { Ref } from 'react';
import { forwardRef, useMemo } from 'react';
import { phaseCardLabels } from '../../i18n/labels/phaseCardLabels.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import { validateRoadmap } from '../../model/validateRoadmap.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import { issuesPropsFrom, splitCommonProps } from '../common/splitCommonProps.js';
import { RoadmapIssues } from '../RoadmapIssues/RoadmapIssues.js';
import type { PhaseCardProps } from './PhaseCardView.js';
import { PhaseCardView } from './PhaseCardView.js';

export type { HeadingLevel, PhaseCardProps } from './PhaseCardView.js';

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
