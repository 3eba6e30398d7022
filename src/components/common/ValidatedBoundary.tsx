'use client';
import type { ForwardedRef, ReactNode } from 'react';
import { useMemo } from 'react';
import type { RoadmapLabels } from '../../i18n/labels.js';
import type { ValidationIssue } from '../../model/validationContext.js';
import { useRoadmapDefaults } from '../../theme/RoadmapThemeProvider.js';
import type { SlotMap } from '../../theme/slots.js';
import { RoadmapIssues } from '../RoadmapIssues/RoadmapIssues.js';
import type { CommonProps } from './commonProps.js';
import { issuesPropsFrom, splitCommonProps } from './splitCommonProps.js';

/** A validator's outcome, whatever it checks: the normalised value, or every problem with its path. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** The label that titles the issue list: which model it was, and its default words. */
export interface InvalidTitle {
  key: 'invalidRoadmap' | 'invalidPhase' | 'invalidMetric';
  fallback: () => string;
}

/** Props of `ValidatedBoundary`. */
export interface ValidatedBoundaryProps<T> {
  /** What the host passed, unchecked. */
  input: unknown;
  /** A module-level validator (a new function each render would validate each render). */
  validate: (input: unknown) => Validated<T>;
  /** The component's own props: their common props style the issue list the way they style the component. */
  props: CommonProps<SlotMap>;
  /** The component's ref: it reaches the issue list when the input is invalid. */
  forwardedRef: ForwardedRef<HTMLDivElement>;
  /** The issue list's title when it is not the roadmap's. @defaultValue the `invalidRoadmap` label */
  title?: InvalidTitle;
  /** Draws the component from the validated value. */
  children: (value: T) => ReactNode;
}

/**
 * The one edge where a component's input is checked: the component below it gets a validated model
 * and never checks again, and an invalid input becomes the issue list here, with the component's
 * ref, `unstyled`, theme and classes honoured. Every public component renders through it.
 * @example <ValidatedBoundary input={props.roadmap} validate={validRoadmap} props={props} forwardedRef={ref}>{(roadmap) => <TimelineView … />}</ValidatedBoundary>
 */
export function ValidatedBoundary<T>({ input, validate, props, forwardedRef, title, children }: ValidatedBoundaryProps<T>) {
  const defaults = useRoadmapDefaults();
  const result = useMemo(() => validate(input), [validate, input]);
  if (result.ok) return children(result.value);
  const [commonProps] = splitCommonProps(props);
  const labels: Partial<RoadmapLabels> | undefined = title
    ? { ...commonProps.labels, invalidRoadmap: commonProps.labels?.[title.key] ?? defaults.labels?.[title.key] ?? title.fallback }
    : commonProps.labels;
  return <RoadmapIssues ref={forwardedRef} issues={result.issues} {...issuesPropsFrom(commonProps)} labels={labels} />;
}
