'use client';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { Roadmap } from '../../model/types.js';
import { MetricGauge } from '../MetricGauge/MetricGauge.js';
import { PhaseCard } from '../PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from '../ReleaseCalendar/ReleaseCalendar.js';
import { Timeline } from '../Timeline/Timeline.js';
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

/** The page layout: each component in its own titled section, all fed the filtered roadmap. */
export function RoadmapViewSections(props: SectionsProps) {
  const { roadmap, now, labels, locale, draw, slot, headingLevel } = props;
  const section = { slot, headingLevel };
  // Cards and gauges take the heading level below their section's title.
  const itemHeadingLevel = Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6;
  return (
    <>
      {draw('timeline', () => (
        <Section part="timeline" title={labels.sectionTitle('timeline')} {...section}>
          <Timeline roadmap={roadmap} now={now} locale={locale} labels={labels} headingLevel={itemHeadingLevel} />
        </Section>
      ))}
      {draw('phases', () => (
        <Section part="phases" title={labels.sectionTitle('phases')} {...section}>
          <ul {...slot('phases')}>
            {roadmap.phases.map((phase) => (
              <li key={phase.id}>
                <PhaseCard phase={phase} headingLevel={itemHeadingLevel} now={now} locale={locale} labels={labels} />
              </li>
            ))}
          </ul>
        </Section>
      ))}
      {roadmap.metrics.length > 0 &&
        draw('metrics', () => (
          <Section part="metrics" title={labels.sectionTitle('metrics')} {...section}>
            <ul {...slot('metrics')}>
              {roadmap.metrics.map((metric) => (
                <li key={metric.id}>
                  <MetricGauge metric={metric} variant="radial" locale={locale} labels={labels} />
                </li>
              ))}
            </ul>
          </Section>
        ))}
      {draw('calendar', () => (
        <Section part="calendar" title={labels.sectionTitle('calendar')} {...section}>
          <ReleaseCalendar roadmap={roadmap} now={now} locale={locale} labels={labels} showProjected />
        </Section>
      ))}
    </>
  );
}
