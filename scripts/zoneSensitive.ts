// Suites whose code reads the clock's time zone run again in two far-apart zones (vitest.config.ts).
// A suite reads the zone when it calls a local-time Date getter or setter, builds a Date from local
// parts or a zone-less date-time, or formats with Intl.DateTimeFormat without a timeZone; everything
// else gives the same result in every zone and runs once. scripts/zoneReads.setup.ts fails a suite
// that reads the zone and is not listed here, so the list cannot fall behind.

/** Folders (ending in /) whose suites all run in every zone, and single suites, from the repository root. */
export const zoneSensitive = [
  'src/dates/',
  'src/cli/runCli.test.ts',
  'src/components/headingLevels.test.tsx',
  'src/components/validatedBoundary.test.tsx',
  'src/components/PhaseCard/PhaseCard.test.tsx',
  'src/components/PhaseCard/PhaseCardPrint.test.tsx',
  'src/components/ReleaseCalendar/ReleaseCalendar.test.tsx',
  'src/components/RoadmapView/RoadmapView.test.tsx',
  'src/components/RoadmapView/RoadmapView.validation.test.tsx',
  'src/components/Timeline/Timeline.test.tsx',
  'src/components/Timeline/TimelinePrint.test.tsx',
  'src/theme/stylesheets.test.tsx',
  'src/i18n/',
  'src/hooks/useReleaseCalendar.test.ts',
  'src/hooks/useTimeline.test.tsx',
  'src/hooks/internal/useToday.test.tsx',
  'src/hooks/internal/calendarViewModel.test.ts',
  'src/hooks/internal/timelineTicks.test.ts',
  'src/hooks/rawInput.test.tsx',
  ...['classifySection', 'documentTitle', 'fuzzyDates', 'gathering', 'headings', 'htmlTables', 'parseRoadmap', 'parseRoadmap.fixtures']
    .concat(['parseRoadmap.hostile', 'parseRoadmap.property', 'phaseDates', 'readDocument', 'readIntro', 'readPhase', 'readPhaseTable', 'vocabularyForms'])
    .map((name) => `src/markdown/${name}.test.ts`),
  'src/markdown/vocabulary/dateWords.test.ts',
  'src/markdown/vocabulary/keyWords.test.ts',
  'src/markdown/emphasisCap.test.ts',
];

/** Whether the suite at `path` (relative to the root) is listed. */
export const isZoneSensitive = (path: string) => zoneSensitive.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry));

/** The list as Vitest `include` globs. */
export const zoneSensitiveGlobs = zoneSensitive.map((entry) => (entry.endsWith('/') ? `${entry}**/*.test.{ts,tsx}` : entry));
