'use client';
import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import { isMetricMeasured } from '../../model/evaluateMetric.js';
import type { Roadmap } from '../../model/types.js';
import { subHeadingLevel } from '../common/headingLevel.js';
import { MetricGaugeView } from '../MetricGauge/MetricGaugeView.js';
import { PhaseCardView } from '../PhaseCard/PhaseCardView.js';
import { ReleaseCalendarView } from '../ReleaseCalendar/ReleaseCalendarView.js';
import { TimelineView } from '../Timeline/TimelineView.js';
import type { UnmeasuredTarget } from './RoadmapTargetsTable.js';
import { RoadmapTargetsTable } from './RoadmapTargetsTable.js';
import type { RoadmapViewPart } from './RoadmapView.slots.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';
import { headingTag } from './roadmapViewContext.js';

interface SectionsProps extends RoadmapViewPartProps {
  roadmap: Roadmap;
  now: string | Date | undefined;
  draw: (part: RoadmapViewPart, fallback: () => ReactNode) => ReactNode;
}

/** A titled section of the page layout; its heading names the landmark. */
function Section({ part, title, slot, headingLevel, children }: { part: string; title: string; children: ReactNode } & Pick<RoadmapViewPartProps, 'slot' | 'headingLevel'>) {
  const id = useId();
  const Heading = headingTag(headingLevel);
  return (
    <section {...slot('section')} aria-labelledby={id} data-part={part}>
      <Heading {...slot('sectionTitle')} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The page layout: each component in its own titled section, all fed the filtered roadmap. What a
 * roadmap does not have is left out rather than drawn empty: without a dated phase there is no
 * time axis, and the calendar gives way to one line (unless cadences project releases onto it);
 * roadmap-wide metrics get a gauge only when measured, and every unmeasured target — the whole
 * roadmap's and each phase's — is one row of a table.
 */
export function RoadmapViewSections(props: SectionsProps) {
  const { roadmap, now, labels, locale, draw, slot, headingLevel, unstyled } = props;
  const section = { slot, headingLevel };
  // Cards and gauges take the heading level below their section's title.
  const itemHeadingLevel = subHeadingLevel(headingLevel);
  // The parts were validated at RoadmapView's edge: the components' views take them as they are.
  const shared = { now, locale, labels, unstyled };
  const isDated = roadmap.phases.some((phase) => phase.when !== undefined);
  const hasProjections = roadmap.cadences.some((cadence) => cadence.every !== undefined);
  const gauges = roadmap.metrics.filter(isMetricMeasured);
  const targets = useMemo<UnmeasuredTarget[]>(
    () => [
      ...roadmap.metrics.filter((metric) => !isMetricMeasured(metric)).map((metric) => ({ metric })),
      ...roadmap.phases.flatMap((phase) => phase.metrics.filter((metric) => !isMetricMeasured(metric)).map((metric) => ({ metric, phase }))),
    ],
    [roadmap],
  );
  return (
    <>
      {isDated &&
        draw('timeline', () => (
          <Section part="timeline" title={labels.sectionTitle('timeline')} {...section}>
            <TimelineView roadmap={roadmap} headingLevel={itemHeadingLevel} {...shared} />
          </Section>
        ))}
      {draw('phases', () => (
        <Section part="phases" title={labels.sectionTitle('phases')} {...section}>
          <ul {...slot('phases')}>
            {roadmap.phases.map((phase) => (
              <li key={phase.id}>
                <PhaseCardView phase={phase} headingLevel={itemHeadingLevel} {...shared} />
              </li>
            ))}
          </ul>
        </Section>
      ))}
      {gauges.length + targets.length > 0 &&
        draw('metrics', () => (
          <Section part="metrics" title={labels.sectionTitle('metrics')} {...section}>
            {gauges.length > 0 && (
              <ul {...slot('metrics')}>
                {gauges.map((metric) => (
                  <li key={metric.id}>
                    <MetricGaugeView metric={metric} variant="radial" {...shared} />
                  </li>
                ))}
              </ul>
            )}
            {targets.length > 0 && <RoadmapTargetsTable {...props} targets={targets} />}
          </Section>
        ))}
      {draw('calendar', () => (
        <Section part="calendar" title={labels.sectionTitle('calendar')} {...section}>
          {isDated || hasProjections ? (
            <ReleaseCalendarView roadmap={roadmap} showProjected {...shared} />
          ) : (
            <p {...slot('empty')}>{labels.noDatedReleases()}</p>
          )}
        </Section>
      ))}
    </>
  );
}
