'use client';
import { Content, Portal, Root, Trigger } from '@radix-ui/react-tooltip';
import type { Locale } from 'date-fns';
import type { ReactElement } from 'react';
import type { ProjectedRelease } from '../../dates/projectCadenceReleases.js';
import { formatSpan } from '../../i18n/formatSpan.js';
import { formatPhaseName } from '../../model/phaseName.js';
import { phaseProgress } from '../../model/phaseProgress.js';
import type { Phase } from '../../model/types.js';
import type { SlotProps } from '../../theme/slots.js';
import type { ReleaseCalendarDefaultLabels } from './releaseCalendarDefaultLabels.js';

/** Props of `ReleaseTooltip`. */
export interface ReleaseTooltipProps {
  /** Announced releases to describe. */
  releases: readonly Phase[];
  /** Projected releases to describe. */
  projected?: readonly ProjectedRelease[];
  /** Element the tooltip renders into, inside the calendar root so theme variables apply. */
  container: HTMLElement | null;
  /** Class and `data-slot` of the tooltip content. */
  slotProps: SlotProps;
  labels: ReleaseCalendarDefaultLabels;
  locale: Locale;
  /** The trigger: a day cell or a release button, inside the calendar root. */
  children: ReactElement;
}

function ReleaseDetails({ phase, labels, locale }: { phase: Phase; labels: ReleaseCalendarDefaultLabels; locale: Locale }) {
  const progress = phaseProgress(phase);
  const when = phase.when ? (phase.when.label ?? formatSpan(phase.when, locale)) : phase.timeframe;
  return (
    <p>
      <strong>{formatPhaseName(phase)}</strong>
      <br />
      {[when, labels.status(phase.status), progress.total === 0 ? labels.noItems() : labels.progress(progress.done, progress.total)]
        .filter(Boolean)
        .join(' · ')}
    </p>
  );
}

/**
 * A Radix tooltip giving each release's version, title, date as written, status and progress, and
 * each projected release's cadence. Its trigger sits inside the calendar root, never on it, so the
 * trigger's own `data-state` never overwrites the root's (DESIGN.md).
 */
export function ReleaseTooltip({ releases, projected = [], container, slotProps, labels, locale, children }: ReleaseTooltipProps) {
  return (
    <Root>
      <Trigger asChild>{children}</Trigger>
      <Portal container={container ?? undefined}>
        <Content {...slotProps} side="top" sideOffset={6} collisionPadding={8}>
          {releases.map((phase) => (
            <ReleaseDetails key={phase.id} phase={phase} labels={labels} locale={locale} />
          ))}
          {projected.map((release) => (
            <p key={release.id}>
              <strong>
                {labels.projected()}: {release.cadence.label}
              </strong>
              {release.cadence.text ? (
                <>
                  <br />
                  {release.cadence.text}
                </>
              ) : null}
            </p>
          ))}
        </Content>
      </Portal>
    </Root>
  );
}
