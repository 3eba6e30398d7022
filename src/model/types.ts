/**
 * The roadmap model: plain, JSON-serialisable data. Dates are ISO `YYYY-MM-DD` strings, never
 * `Date` objects, so a roadmap survives `JSON.stringify`, server rendering and time zones unchanged.
 * These names are the public contract of DESIGN.md: extend them, never rename them.
 */

/** Where a phase, item or metric stands. */
export type Status = 'done' | 'in-progress' | 'planned' | 'deferred' | 'cancelled';

/** How finely a date was written: `2026-02-09` is a day, `Q1 2026` a quarter. */
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** A calendar span, e.g. `Q1 2026` → `{ start: '2026-01-01', end: '2026-03-31', precision: 'quarter' }`. */
export interface DateSpan {
  /** First day, ISO `YYYY-MM-DD`, inclusive. */
  start: string;
  /** Last day, ISO `YYYY-MM-DD`, inclusive. */
  end: string;
  /** Precision of the coarsest end as written. */
  precision: Precision;
  /** The text as the author wrote it. */
  label?: string;
}

/** A whole roadmap. */
export interface Roadmap {
  title: string;
  summary?: string;
  /** ISO date the document says it was last updated. */
  updated?: string;
  /** Releases, milestones and phases, in document order. */
  phases: Phase[];
  /** Roadmap-wide success metrics. */
  metrics: Metric[];
  /** Release schedule rules. */
  cadences: Cadence[];
}

/** A release, milestone or phase. */
export interface Phase {
  /** Stable slug, unique within the roadmap. */
  id: string;
  /** Title with version and dates stripped out: `Observability & Integrations`. */
  title: string;
  /** Version such as `v1.3.0`. */
  version?: string;
  status: Status;
  when?: DateSpan;
  /** Time as written when it has no calendar span: `Week 3`, `Later`. */
  timeframe?: string;
  /** Theme, focus or goal line. */
  summary?: string;
  /** Sub-sections; items outside any sub-section sit in a group without title. */
  groups: ItemGroup[];
  /** The phase's own success or exit criteria. */
  metrics: Metric[];
}

/** A titled (or untitled) list of items inside a phase. */
export interface ItemGroup {
  title?: string;
  items: Item[];
}

/** One feature, task or deliverable. */
export interface Item {
  id: string;
  /** `OpenTelemetry Integration` */
  title: string;
  /** `Full distributed tracing support` */
  detail?: string;
  status: Status;
  /** Only http(s), mailto or relative URLs survive. */
  href?: string;
  tags?: string[];
}

/** How a measured value is compared with a metric's target; `lt` means lower is better. */
export type Comparator = 'lt' | 'lte' | 'gt' | 'gte' | 'eq';

/** A success metric with a numeric target, e.g. `<100ms p95 latency for secret operations`. */
export interface Metric {
  id: string;
  /** `p95 latency for secret operations` */
  label: string;
  /** `100` */
  target: number;
  /** `lt` */
  comparator: Comparator;
  /** Canonical: ms s min h d | % | B KB MB GB TB | req/s | x ; counts have none. */
  unit?: string;
  /** The measured value, when the author supplies one. */
  current?: number;
  /** From a checkbox in the document, if any. */
  status?: Status;
  /** As written. */
  text?: string;
}

/** A release-schedule rule, e.g. `**Minor Releases**: Every 2 months (x.y.0)`. */
export interface Cadence {
  /** `Minor releases` */
  label: string;
  /** Absent for `As needed`, `Immediate`. */
  every?: { count: number; unit: 'day' | 'week' | 'month' | 'year' };
  /** As written. */
  text?: string;
}

/** Every status, in the order a roadmap moves through them. */
export const STATUSES = ['done', 'in-progress', 'planned', 'deferred', 'cancelled'] as const satisfies readonly Status[];

/** Every precision, finest first. */
export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'half', 'year'] as const satisfies readonly Precision[];

/** Every comparator. */
export const COMPARATORS = ['lt', 'lte', 'gt', 'gte', 'eq'] as const satisfies readonly Comparator[];

/** Every cadence period unit. */
export const CADENCE_UNITS = ['day', 'week', 'month', 'year'] as const;
