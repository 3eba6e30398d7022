import { phaseProgress } from '../model/phaseProgress.js';
import type { Cadence, DateSpan, Metric, Phase, Roadmap } from '../model/types.js';

const COMPARATOR_SIGNS: Record<Metric['comparator'], string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

function formatSpan(span: DateSpan): string {
  const range = span.start === span.end ? span.start : `${span.start} – ${span.end}`;
  return span.label && span.label !== span.start ? `${span.label} (${range})` : range;
}

/** `≥ 99.9 %`, `< 100 ms`, `≥ 10000` */
export function formatTarget(metric: Metric): string {
  const unit = metric.unit ? (metric.unit === '%' ? '%' : ` ${metric.unit}`) : '';
  return `${COMPARATOR_SIGNS[metric.comparator]} ${metric.target}${unit}`;
}

function formatPhase(phase: Phase): string {
  const progress = phaseProgress(phase);
  const items = phase.groups.reduce((count, group) => count + group.items.length, 0);
  const parts = [
    phase.when ? formatSpan(phase.when) : (phase.timeframe ?? 'no date'),
    phase.status,
    progress.total === 0 ? 'no items in scope' : `${progress.done}/${progress.total} done`,
    `${items} item${items === 1 ? '' : 's'}`,
  ];
  if (phase.metrics.length > 0) parts.push(`${phase.metrics.length} metric${phase.metrics.length === 1 ? '' : 's'}`);
  const name = phase.version && phase.title !== phase.version ? `${phase.version} ${phase.title}` : phase.title;
  return `  ${name}\n    ${parts.join(' · ')}\n`;
}

function formatMetric(metric: Metric): string {
  const current = metric.current === undefined ? '' : ` (current ${metric.current})`;
  const status = metric.status ? ` [${metric.status}]` : '';
  return `${metric.label}: ${formatTarget(metric)}${current}${status}`;
}

function formatCadence(cadence: Cadence): string {
  if (!cadence.every) return `  ${cadence.label}: no fixed period\n`;
  const { count, unit } = cadence.every;
  return `  ${cadence.label}: every ${count === 1 ? unit : `${count} ${unit}s`}\n`;
}

/** The readable summary `roadmap-kit inspect` prints: phases, metrics, cadences. */
export function formatSummary(roadmap: Roadmap): string {
  let out = `${roadmap.title}\n`;
  if (roadmap.updated) out += `Updated ${roadmap.updated}\n`;
  out += `\nPhases (${roadmap.phases.length})\n`;
  for (const phase of roadmap.phases) {
    out += formatPhase(phase);
    for (const metric of phase.metrics) out += `      metric ${formatMetric(metric)}\n`;
  }
  out += `\nMetrics (${roadmap.metrics.length})\n`;
  for (const metric of roadmap.metrics) out += `  ${formatMetric(metric)}\n`;
  out += `\nCadences (${roadmap.cadences.length})\n`;
  for (const cadence of roadmap.cadences) out += formatCadence(cadence);
  return out;
}
