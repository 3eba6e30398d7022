// A host app written against the packed tarball: it must type-check and bundle with no warnings.
import type { Cadence, DateSpan, Item, Metric, Phase, Roadmap, Status } from 'roadmap-kit';
import { RoadmapThemeProvider, StatusBadge } from 'roadmap-kit';
import { type ValidationResult, validateRoadmap } from 'roadmap-kit/headless';
import 'roadmap-kit/styles.css';

const status: Status = 'in-progress';
const when: DateSpan = { start: '2026-01-01', end: '2026-03-31', precision: 'quarter', label: 'Q1 2026' };
const item: Item = { id: 'sso', title: 'Single sign-on', status: 'done', href: 'https://example.com/sso' };
const metric: Metric = { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms', current: 87 };
const cadence: Cadence = { label: 'Minor releases', every: { count: 2, unit: 'month' } };
const phase: Phase = { id: 'v1', title: 'Launch', version: 'v1.0.0', status, when, groups: [{ items: [item] }], metrics: [metric] };
export const roadmap: Roadmap = { title: 'Host roadmap', phases: [phase], metrics: [], cadences: [cadence] };

export const checked: ValidationResult = validateRoadmap(roadmap);

export function App() {
  return (
    <RoadmapThemeProvider theme={{ colorScheme: 'auto', accent: '#6d28d9' }} now="2026-03-15">
      <StatusBadge status={phase.status} />
    </RoadmapThemeProvider>
  );
}
