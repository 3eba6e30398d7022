'use client';
import type { ForwardedRef } from 'react';
import { forwardRef } from 'react';
import { phaseCardLabels } from '../../i18n/labels/phaseCardLabels.js';
import type { InvalidTitle } from '../common/ValidatedBoundary.js';
import { ValidatedBoundary } from '../common/ValidatedBoundary.js';
import { validPhase } from '../common/validators.js';
import type { PhaseCardProps } from './PhaseCardView.js';
import { PhaseCardView } from './PhaseCardView.js';

export type { HeadingLevel } from '../common/headingLevel.js';
export type { PhaseCardProps } from './PhaseCardView.js';

const INVALID_PHASE: InvalidTitle = { key: 'invalidPhase', fallback: phaseCardLabels.invalidPhase };

/**
 * One phase or release: heading with version and title, status badge, dates in the locale, a
 * progress bar, its groups as collapsible disclosures with status-iconed items, and its metrics as
 * compact gauges. Invalid input never crashes the host page: the card lists what is wrong instead.
 * @example <PhaseCard phase={roadmap.phases[1]} headingLevel={2} show="open" />
 */
export const PhaseCard = /* @__PURE__ */ forwardRef<HTMLElement, PhaseCardProps>(function PhaseCard(props, ref) {
  return (
    <ValidatedBoundary input={props.phase} validate={validPhase} props={props} forwardedRef={ref as ForwardedRef<HTMLDivElement>} title={INVALID_PHASE}>
      {(phase) => <PhaseCardView {...props} phase={phase} ref={ref} />}
    </ValidatedBoundary>
  );
});
