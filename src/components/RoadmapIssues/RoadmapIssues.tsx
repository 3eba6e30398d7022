'use client';
import { forwardRef } from 'react';
import { invalidRoadmapLabels } from '../../i18n/labels/invalidRoadmapLabels.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import { formatValidationIssue } from '../../model/validationContext.js';
import type { CommonProps } from '../common/commonProps.js';
import { useCommonProps } from '../common/useCommonProps.js';
import { roadmapIssuesSlots } from './RoadmapIssues.slots.js';

/** Props of `RoadmapIssues`. */
export interface RoadmapIssuesProps extends CommonProps<typeof roadmapIssuesSlots> {
  /** The problems `validateRoadmap` found. */
  issues: ValidationIssue[];
}

/**
 * What every component shows instead of crashing the host page when its roadmap is invalid: a
 * titled alert listing each problem with its path.
 */
export const RoadmapIssues = /* @__PURE__ */ forwardRef<HTMLDivElement, RoadmapIssuesProps>(function RoadmapIssues(
  { issues, ...common },
  ref,
) {
  const { slot, rootProps, labels } = useCommonProps(common, roadmapIssuesSlots, invalidRoadmapLabels);
  return (
    <div {...rootProps} ref={ref} role="alert">
      <p {...slot('title')}>
        <strong>{labels.invalidRoadmap()}</strong>
      </p>
      <ul {...slot('list')}>
        {issues.map((issue) => (
          <li key={`${issue.path}|${issue.message}`}>{formatValidationIssue(issue)}</li>
        ))}
      </ul>
    </div>
  );
});
