'use client';
import { forwardRef, useId } from 'react';
import { usePrintMode } from '../../hooks/internal/usePrintMode.js';
import { usePhase } from '../../hooks/usePhase.js';
import { formatSpan } from '../../i18n/formatSpan.js';
import { useDatedCommonProps } from '../common/useDatedCommonProps.js';
import { splitCommonProps } from '../common/splitCommonProps.js';
import { MetricGaugeView } from '../MetricGauge/MetricGaugeView.js';
import { StatusBadge } from '../StatusBadge/StatusBadge.js';
import type { HeadingLevel, PhaseCardProps } from './PhaseCard.js';
import { phaseCardSlots } from './PhaseCard.slots.js';
import { phaseCardDefaultLabels } from './phaseCardDefaultLabels.js';
import { PhaseCardGroup } from './PhaseCardGroup.js';
import { PhaseCardProgress } from './PhaseCardProgress.js';

/** Props of the card once its phase is known to be valid: `PhaseCard`'s own. */
export type PhaseCardViewProps = PhaseCardProps;

/** The card itself: header, progress, groups and metrics of a valid phase. */
export const PhaseCardView = /* @__PURE__ */ forwardRef<HTMLElement, PhaseCardViewProps>(function PhaseCardView(
  { phase, headingLevel = 3, open, defaultOpen, onOpenChange, show, renderItem, ...props },
  ref,
) {
  const [commonProps, rest] = splitCommonProps(props);
  const common = useDatedCommonProps(commonProps, phaseCardSlots, phaseCardDefaultLabels);
  const { slot } = common;
  const state = usePhase(phase, { open, defaultOpen, onOpenChange, show });
  // Paper cannot expand a group: every group prints open, the open state itself is kept.
  const printing = usePrintMode();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, headingLevel + 1) as HeadingLevel}` as const;
  const phaseName = phase.version ? `${phase.version} ${phase.title}` : phase.title;
  const dates = phase.when ? formatSpan(phase.when, common.locale) : phase.timeframe;
  return (
    <article {...rest} {...common.rootProps} ref={ref} aria-labelledby={headingId} data-status={phase.status}>
      <header {...slot('header')}>
        <Heading {...slot('heading')} id={headingId}>
          {phase.version && <span {...slot('version')}>{phase.version}</span>}
          {phase.version && ' '}
          <span {...slot('title')}>{phase.title}</span>
        </Heading>
        <StatusBadge status={phase.status} className={slot('status').className} unstyled={commonProps.unstyled} labels={commonProps.labels} />
        {dates && <p {...slot('dates')}>{dates}</p>}
      </header>
      {phase.summary && <p {...slot('summary')}>{phase.summary}</p>}
      <PhaseCardProgress progress={state.progress} phaseName={phaseName} slot={slot} labels={common.labels} />
      {state.groups.length > 0 && (
        <div {...slot('groups')}>
          {state.groups.map((group) => (
            <PhaseCardGroup key={group.key} state={group} heading={SubHeading} slot={slot} labels={common.labels} renderItem={renderItem} forceOpen={printing} />
          ))}
        </div>
      )}
      {phase.metrics.length > 0 && (
        <div {...slot('metrics')}>
          <SubHeading {...slot('metricsHeading')}>{common.labels.metricsHeading()}</SubHeading>
          <ul {...slot('metricsList')}>
            {phase.metrics.map((metric) => (
              <li key={metric.id}>
                <MetricGaugeView metric={metric} variant="compact" locale={common.locale} labels={commonProps.labels} unstyled={commonProps.unstyled} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
});
