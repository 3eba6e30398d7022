import type { Cadence, DateSpan, Status } from '../model/types.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { MetricDraft } from './metrics.js';

/** An item as read, before ids and inherited statuses are settled. */
export interface ItemDraft {
  line: number;
  title: string;
  detail?: string;
  /** Its own marker; `undefined` inherits from its group or phase. */
  status?: Status;
  href?: string;
  tags?: string[];
  /** The whole line as written, for reading it as a metric instead. */
  text: string;
  /** The bold key of a `**Key**: value` line. */
  key?: string;
  /** Whether a checkbox was ticked, `undefined` without one (a metric's status). */
  checked?: boolean;
}

/** A group as read; `status` is what its heading or lead-in marks (`**Features**: ✅ ALL IMPLEMENTED`). */
export interface GroupDraft {
  title?: string;
  status?: Status;
  items: ItemDraft[];
}

/** A phase as read. */
export interface PhaseDraft {
  line: number;
  title: string;
  isFallbackTitle: boolean;
  version?: string;
  numbering?: string;
  /** Explicit status from a heading marker or a `**Status**:` line. */
  status?: Status;
  when?: DateSpan;
  timeframe?: string;
  summary?: string;
  groups: GroupDraft[];
  metrics: MetricDraft[];
}

/** Criteria that name a phase (`Phase 1 Exit Criteria`), attached once every phase is known. */
export interface PendingCriteria {
  line: number;
  heading: string;
  numbering?: string;
  version?: string;
  metrics: MetricDraft[];
  group: GroupDraft;
}

/** The roadmap as read. */
export interface RoadmapDraft {
  title?: string;
  summary?: string;
  updated?: string;
  phases: PhaseDraft[];
  metrics: MetricDraft[];
  cadences: Cadence[];
  pending: PendingCriteria[];
}

/** What every reader needs: the day relative dates resolve against, the diagnostics, the draft. */
export interface ReadContext {
  now: string;
  diagnostics: DiagnosticSink;
  roadmap: RoadmapDraft;
  /** The source lines, for markup the tree splits apart (an HTML `<table>` with blank lines inside); split on first call. */
  lines?: () => readonly string[];
}
