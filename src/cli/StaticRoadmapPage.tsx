import { PhaseCard } from '../components/PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from '../components/ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapView } from '../components/RoadmapView/RoadmapView.js';
import { groupKeys } from '../hooks/usePhase.js';
import type { Roadmap } from '../model/types.js';
import type { ColorScheme } from '../theme/tokens.js';
import { STATIC_PAGE_CSS } from './staticPageCss.js';

/** Props of the page `roadmap-kit render` writes. */
export interface StaticRoadmapPageProps {
  roadmap: Roadmap;
  scheme: ColorScheme;
  /** roadmap-kit's whole stylesheet, inlined so the page makes no request. */
  css: string;
  /** The day the page is rendered for (today line, current phase, calendar year). */
  now: string;
}

/** The anchor of a phase's card, for the contents list. */
const phaseAnchor = (phase: { id: string }) => `phase-${phase.id}`;

/**
 * A whole HTML document for a roadmap that reads and navigates without JavaScript: a contents list
 * linking to every phase, the RoadmapView with every group open, the calendar as a year of month
 * lists (no grid to page through), and no control that would need a script.
 */
export function StaticRoadmapPage({ roadmap, scheme, css, now }: StaticRoadmapPageProps) {
  return (
    <html lang="en" data-color-scheme={scheme}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={scheme === 'auto' ? 'light dark' : scheme} />
        <meta name="generator" content="roadmap-kit render" />
        <link rel="icon" href="data:," />
        <title>{roadmap.title}</title>
        <style>{css}</style>
        <style>{STATIC_PAGE_CSS}</style>
      </head>
      <body>
        <a className="rk-page__skip" href="#roadmap">
          Skip to the roadmap
        </a>
        <header className="rk-page__header">
          <nav aria-label="Contents">
            <ol>
              {roadmap.phases.map((phase) => (
                <li key={phase.id}>
                  <a href={`#${phaseAnchor(phase)}`}>{[phase.version, phase.title].filter(Boolean).join(' ')}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        <main id="roadmap">
          <RoadmapView
            roadmap={roadmap}
            now={now}
            headingLevel={1}
            theme={{ colorScheme: scheme }}
            parts={{
              filters: false,
              phases: (view) => (
                <section aria-labelledby="rk-page-phases" className="rk-roadmap-view__section" data-part="phases">
                  <h2 id="rk-page-phases" className="rk-roadmap-view__section-title">
                    Phases
                  </h2>
                  <ul className="rk-roadmap-view__phases">
                    {view.visiblePhases.map(({ phase }) => (
                      <li key={phase.id} id={phaseAnchor(phase)}>
                        <PhaseCard phase={phase} now={now} headingLevel={3} defaultOpen={groupKeys(phase.groups)} />
                      </li>
                    ))}
                  </ul>
                </section>
              ),
              calendar: () => (
                <section aria-labelledby="rk-page-calendar" className="rk-roadmap-view__section" data-part="calendar">
                  <h2 id="rk-page-calendar" className="rk-roadmap-view__section-title">
                    Release calendar
                  </h2>
                  <ReleaseCalendar roadmap={roadmap} now={now} defaultView="year" showProjected />
                </section>
              ),
            }}
          />
        </main>
        <footer className="rk-page__footer">
          <p>
            Rendered on <time dateTime={now}>{now}</time> by roadmap-kit.
          </p>
        </footer>
      </body>
    </html>
  );
}
