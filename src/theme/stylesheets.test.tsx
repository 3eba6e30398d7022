// The per-component sheets (dist/styles/<component>.css) are built by the same function the build
// uses; each must style everything its component draws, in its main variants, and styles.css must
// still hold every component's CSS.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { collectComponentStyles, collectStyles } from '../../scripts/collectStyles.js';
import { MetricGauge } from '../components/MetricGauge/MetricGauge.js';
import { PhaseCard } from '../components/PhaseCard/PhaseCard.js';
import { ReleaseCalendar } from '../components/ReleaseCalendar/ReleaseCalendar.js';
import { RoadmapIssues } from '../components/RoadmapIssues/RoadmapIssues.js';
import { RoadmapView } from '../components/RoadmapView/RoadmapView.js';
import { StatusBadge } from '../components/StatusBadge/StatusBadge.js';
import { Timeline } from '../components/Timeline/Timeline.js';
import { EXAMPLE_NOW } from '../examples/exampleNow.js';
import { generateLongPhase } from '../examples/generateLongPhase.js';
import { milestonesWithMetrics } from '../examples/milestonesWithMetrics.js';
import { numberedPhases } from '../examples/numberedPhases.js';
import { releasesByQuarter } from '../examples/releasesByQuarter.js';
import type { Metric, Phase, Roadmap } from '../model/types.js';

const root = resolve(__dirname, '../..');
const sheets = collectComponentStyles(root);
const sheet = (fileName: string) => sheets.find((candidate) => candidate.fileName === fileName)!.css;
const allStyles = collectStyles(root);

// Every component CSS file, listed by Vite's glob rather than by the code under test.
const componentCssFiles = Object.keys(import.meta.glob('../components/**/*.css')).sort();
const baseCss = readFileSync(resolve(__dirname, 'base.css'), 'utf8');

/** Whether a rule of `css` selects the class (`.rk-timeline` and not only `.rk-timeline__list`). */
function styles(css: string, className: string): boolean {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new RegExp(`\\.${className}(?![\\w-])`).test(selectors);
}

/** Custom properties the sheet reads with `var()` but never declares. */
function undeclaredProperties(css: string): string[] {
  const read = new Set([...css.matchAll(/var\(\s*(--rk-[\w-]+)/g)].map((match) => match[1]!));
  const declared = new Set([...css.matchAll(/(--rk-[\w-]+)\s*:/g)].map((match) => match[1]!));
  return [...read].filter((name) => !declared.has(name)).sort();
}

/** Every `rk-…` class in the page, portals (tooltips) included. */
function renderedClasses(): string[] {
  const classes = [...document.body.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
  return [...new Set(classes.filter((name) => name.startsWith('rk-')))].sort();
}

// Slot classes that exist only for hosts to target: no rule of styles.css selects them.
const HOST_HOOKS = [
  'rk-phase-card__group-panel',
  'rk-phase-card__metrics',
  'rk-phase-card__target-label',
  'rk-phase-card__title',
  'rk-release-calendar__week',
  'rk-roadmap-issues__title',
  'rk-roadmap-view__progress-label',
  'rk-roadmap-view__progress-text',
  'rk-status-badge__label',
  'rk-theme-provider',
  'rk-timeline__title',
];

/** A rendering of a component, and optionally a step that opens more of it (a tooltip). */
type Case = { element: ReactElement; open?: () => void };

/** Renders each case in turn and collects the classes drawn. */
function classesDrawn(cases: Case[]): string[] {
  const found = new Set<string>();
  for (const { element, open } of cases) {
    const { unmount } = render(element);
    open?.();
    for (const name of renderedClasses()) found.add(name);
    unmount();
  }
  return [...found].sort();
}

const invalidRoadmap = { title: 'Broken', phases: 'none' } as unknown as Roadmap;
const allPhases = (roadmap: Roadmap) => roadmap.phases.map((phase) => <PhaseCard key={phase.id} phase={phase} />);
const latency: Metric = { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms', current: 87 };
const unmeasured: Metric = { id: 'uptime', label: 'uptime', target: 99.9, comparator: 'gte', unit: '%' };
/** Focuses the first element of that role and name, which opens its tooltip (Radix opens on focus). */
const openTooltip = (role: 'button' | 'gridcell', name: RegExp) => () => {
  fireEvent.focus(screen.getAllByRole(role, { name })[0]!);
  expect(screen.getByRole('tooltip')).toBeInTheDocument();
};

const CASES: [fileName: string, rootClass: string, cases: Case[]][] = [
  [
    'timeline.css',
    'rk-timeline',
    [
      { element: <Timeline roadmap={releasesByQuarter} orientation="horizontal" now={EXAMPLE_NOW} />, open: openTooltip('button', /v2\.1\.0/) },
      { element: <Timeline roadmap={milestonesWithMetrics} orientation="vertical" now={EXAMPLE_NOW} />, open: openTooltip('button', /Milestone 1/) },
      { element: <Timeline roadmap={releasesByQuarter} orientation="vertical" position="alternate" now={EXAMPLE_NOW} />, open: openTooltip('button', /v2\.2\.0/) },
      { element: <Timeline roadmap={invalidRoadmap} now={EXAMPLE_NOW} /> },
    ],
  ],
  [
    'release-calendar.css',
    'rk-release-calendar',
    [
      { element: <ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} /> },
      { element: <ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultMonth="2025-12" />, open: openTooltip('gridcell', /December 16th, 2025/) },
      { element: <ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultView="quarter" showProjected /> },
      { element: <ReleaseCalendar roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} defaultMonth="2026-08" showProjected /> },
      { element: <ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultView="year" showProjected /> },
      { element: <ReleaseCalendar roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultView="quarter" defaultMonth="2029-01" /> },
      { element: <ReleaseCalendar roadmap={invalidRoadmap} now={EXAMPLE_NOW} /> },
    ],
  ],
  [
    'phase-card.css',
    'rk-phase-card',
    [
      { element: <>{allPhases(releasesByQuarter)}</> },
      { element: <>{allPhases(numberedPhases)}</> },
      { element: <PhaseCard phase={generateLongPhase(120)} /> },
      { element: <PhaseCard phase={releasesByQuarter.phases[1]!} defaultOpen={[]} /> },
      { element: <PhaseCard phase={releasesByQuarter.phases[0]!} show="cancelled" /> },
      { element: <PhaseCard phase={{ title: 'No id or status' } as unknown as Phase} /> },
    ],
  ],
  [
    'metric-gauge.css',
    'rk-metric-gauge',
    [
      ...(['radial', 'linear', 'compact'] as const).flatMap((variant) => [
        { element: <MetricGauge metric={latency} variant={variant} /> },
        { element: <MetricGauge metric={latency} current={130} variant={variant} /> },
        { element: <MetricGauge metric={unmeasured} variant={variant} /> },
      ]),
      { element: <MetricGauge metric={{ label: 'No target' } as unknown as Metric} /> },
    ],
  ],
  [
    'roadmap-view.css',
    'rk-roadmap-view',
    [
      { element: <RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} /> },
      { element: <RoadmapView roadmap={milestonesWithMetrics} now={EXAMPLE_NOW} /> },
      { element: <RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultLayout="table" /> },
      { element: <RoadmapView roadmap={releasesByQuarter} now={EXAMPLE_NOW} defaultFilter={{ text: 'nothing matches this' }} /> },
      { element: <RoadmapView roadmap={invalidRoadmap} now={EXAMPLE_NOW} /> },
    ],
  ],
  [
    'status-badge.css',
    'rk-status-badge',
    (['done', 'in-progress', 'planned', 'deferred', 'cancelled'] as const).map((status) => ({ element: <StatusBadge status={status} /> })),
  ],
  [
    'roadmap-issues.css',
    'rk-roadmap-issues',
    [{ element: <RoadmapIssues issues={[{ path: 'phases[0].status', message: 'status is missing' }]} /> }],
  ],
];

describe('per-component stylesheets', () => {
  it('ships one sheet per styled component, named in kebab-case after it', () => {
    expect(sheets.map((candidate) => candidate.fileName)).toEqual([
      'metric-gauge.css',
      'phase-card.css',
      'release-calendar.css',
      'roadmap-issues.css',
      'roadmap-view.css',
      'status-badge.css',
      'timeline.css',
    ]);
  });

  it.each(sheets)('$fileName opens with the layer declaration, once, then every token of base.css', ({ css }) => {
    expect(css.startsWith(`@layer roadmap-kit;\n${baseCss}`)).toBe(true);
    expect(css.match(/@layer roadmap-kit;/g)).toHaveLength(1);
  });

  it('holds the CSS of exactly the components each one renders', () => {
    const roots = ['rk-metric-gauge', 'rk-phase-card', 'rk-release-calendar', 'rk-roadmap-issues', 'rk-roadmap-view', 'rk-status-badge', 'rk-timeline'];
    const styledRoots = Object.fromEntries(sheets.map(({ fileName, css }) => [fileName, roots.filter((name) => styles(css, name))]));
    expect(styledRoots).toEqual({
      'metric-gauge.css': ['rk-metric-gauge', 'rk-roadmap-issues'],
      'phase-card.css': ['rk-metric-gauge', 'rk-phase-card', 'rk-roadmap-issues', 'rk-status-badge'],
      'release-calendar.css': ['rk-release-calendar', 'rk-roadmap-issues', 'rk-status-badge'],
      'roadmap-issues.css': ['rk-roadmap-issues'],
      'roadmap-view.css': roots,
      'status-badge.css': ['rk-status-badge'],
      'timeline.css': ['rk-roadmap-issues', 'rk-status-badge', 'rk-timeline'],
    });
  });

  it.each(sheets)('$fileName declares every custom property it reads that styles.css declares', ({ css }) => {
    // Left undeclared in styles.css too: the runtime values components set inline (ratios, offsets).
    const setInline = undeclaredProperties(allStyles);
    // e.g. release-calendar.css reads --rk-status-color, which StatusBadge.css sets per data-status.
    expect(undeclaredProperties(css).filter((name) => !setInline.includes(name))).toEqual([]);
  });

  it.each(CASES)('%s styles every roadmap-kit class its component draws', (fileName, rootClass, cases) => {
    const drawn = classesDrawn(cases);
    expect(drawn).toContain(rootClass);
    expect(drawn.filter((name) => !HOST_HOOKS.includes(name) && !styles(sheet(fileName), name))).toEqual([]);
  });

  it('leaves the host-only slot classes unstyled in styles.css too, so none hides a gap', () => {
    expect(HOST_HOOKS.filter((name) => styles(allStyles, name))).toEqual([]);
  });
});

describe('styles.css', () => {
  it('is the layer declaration, base.css and every component CSS file in path order', () => {
    expect(componentCssFiles).toHaveLength(8);
    const componentCss = componentCssFiles.map((file) => readFileSync(resolve(__dirname, file), 'utf8'));
    expect(allStyles).toBe(['@layer roadmap-kit;', baseCss, ...componentCss].join('\n'));
  });
});
