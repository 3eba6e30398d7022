'use client';
import { parseIsoDate } from '../../dates/isoDate.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';
import { headingTag } from './roadmapViewContext.js';

/** The roadmap's title, summary, last update and overall progress. */
export function RoadmapViewHeader({ view, slot, labels, locale, titleLevel, titleId }: RoadmapViewPartProps & { titleId: string }) {
  const roadmap = view.roadmap!;
  const Title = headingTag(titleLevel);
  const { done, total, ratio } = view.progress;
  const text = total === 0 ? labels.noItems() : labels.progress(done, total);
  return (
    <header {...slot('header')}>
      <Title {...slot('title')} id={titleId}>
        {roadmap.title}
      </Title>
      {roadmap.summary ? <p {...slot('summary')}>{roadmap.summary}</p> : null}
      {roadmap.updated ? (
        <p {...slot('updated')}>
          <time dateTime={roadmap.updated}>{labels.updated(parseIsoDate(roadmap.updated), locale)}</time>
        </p>
      ) : null}
      <div {...slot('progress')}>
        <span {...slot('progressLabel')} id={`${titleId}-progress`}>
          {labels.overallProgress()}
        </span>
        <div
          {...slot('progressTrack')}
          role="progressbar"
          aria-labelledby={`${titleId}-progress`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={ratio === undefined ? undefined : Math.round(ratio * 100)}
          aria-valuetext={text}
          style={{ '--rk-roadmap-view-progress': ratio ?? 0 }}
        >
          <span {...slot('progressFill')} />
        </div>
        <span {...slot('progressText')}>{text}</span>
      </div>
    </header>
  );
}
