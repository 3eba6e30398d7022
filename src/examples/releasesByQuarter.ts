import type { Roadmap } from '../model/types.js';

/** Releases with versions and quarters, themed feature groups, cadences and roadmap-wide targets. */
export const releasesByQuarter: Roadmap = {
  title: 'Lumen Analytics Roadmap',
  summary: 'Where Lumen, the self-hosted product analytics platform, is heading over the next releases.',
  updated: '2026-03-01',
  phases: [
    {
      id: 'v2-0-0-foundations',
      title: 'Foundations',
      version: 'v2.0.0',
      status: 'done',
      when: { start: '2025-12-16', end: '2025-12-16', precision: 'day', label: 'Released: 2025-12-16' },
      summary: 'A new event pipeline and a stable public API.',
      groups: [
        {
          title: 'Event pipeline',
          items: [
            { id: 'columnar-storage', title: 'Columnar storage', detail: 'Events stored in Parquet segments', status: 'done' },
            { id: 'ingest-api-v2', title: 'Ingest API v2', detail: 'Batched, idempotent event ingestion', status: 'done' },
            { id: 'backfill-tool', title: 'Backfill tool', detail: 'Replay historical events from S3', status: 'done' },
          ],
        },
        {
          title: 'Platform',
          items: [
            { id: 'helm-chart', title: 'Helm chart', detail: 'One-command Kubernetes install', status: 'done', href: 'https://example.com/lumen/helm' },
            { id: 'sso-saml', title: 'SAML single sign-on', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v2-1-0-funnels-journeys',
      title: 'Funnels & Journeys',
      version: 'v2.1.0',
      status: 'in-progress',
      when: { start: '2026-01-01', end: '2026-03-31', precision: 'quarter', label: 'Q1 2026' },
      summary: 'Understand how people move through a product.',
      groups: [
        {
          title: 'Funnels',
          items: [
            { id: 'funnel-builder', title: 'Funnel builder', detail: 'Drag-and-drop steps with conversion windows', status: 'done' },
            { id: 'funnel-breakdowns', title: 'Breakdowns', detail: 'Split any funnel by property or cohort', status: 'in-progress' },
            { id: 'funnel-alerts', title: 'Conversion alerts', detail: 'Notify when a step drops below a threshold', status: 'planned', tags: ['alerts'] },
          ],
        },
        {
          title: 'Journeys',
          items: [
            { id: 'path-explorer', title: 'Path explorer', detail: 'Sankey view of the paths between two events', status: 'in-progress' },
            { id: 'journey-export', title: 'Journey export', detail: 'Download paths as CSV', status: 'deferred' },
          ],
        },
      ],
      metrics: [
        { id: 'funnel-query-p95', label: 'p95 funnel query time', target: 2, comparator: 'lt', unit: 's', current: 2.6, text: '<2s p95 funnel query time' },
      ],
    },
    {
      id: 'v2-2-0-experiments',
      title: 'Experiments',
      version: 'v2.2.0',
      status: 'planned',
      when: { start: '2026-04-01', end: '2026-06-30', precision: 'quarter', label: 'Q2 2026' },
      summary: 'A/B tests that read from the same events as every report.',
      groups: [
        {
          title: 'Experimentation',
          items: [
            { id: 'feature-flags', title: 'Feature flags', detail: 'Percentage rollouts with sticky bucketing', status: 'planned' },
            { id: 'ab-results', title: 'A/B results', detail: 'Bayesian lift with credible intervals', status: 'planned' },
            { id: 'guardrail-metrics', title: 'Guardrail metrics', detail: 'Stop an experiment that hurts a key metric', status: 'planned', tags: ['alerts'] },
          ],
        },
        {
          title: 'Privacy',
          items: [
            { id: 'consent-mode', title: 'Consent mode', detail: 'Respect consent signals at ingestion', status: 'planned' },
            { id: 'pii-scrubbing', title: 'PII scrubbing', status: 'cancelled', detail: 'Replaced by consent mode' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v2-3-0-warehouse-sync',
      title: 'Warehouse Sync',
      version: 'v2.3.0',
      status: 'planned',
      when: { start: '2026-07-01', end: '2026-12-31', precision: 'half', label: 'H2 2026' },
      groups: [
        {
          items: [
            { id: 'snowflake-sync', title: 'Snowflake sync', status: 'planned' },
            { id: 'bigquery-sync', title: 'BigQuery sync', status: 'planned' },
            { id: 'reverse-etl', title: 'Reverse ETL', detail: 'Push cohorts back to the warehouse', status: 'planned' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v3-0-0-lumen-cloud',
      title: 'Lumen Cloud',
      version: 'v3.0.0',
      status: 'planned',
      when: { start: '2027-01-01', end: '2027-12-31', precision: 'year', label: '2027+' },
      summary: 'A hosted edition with the same open core.',
      groups: [
        {
          items: [
            { id: 'multi-region', title: 'Multi-region hosting', status: 'planned' },
            { id: 'usage-billing', title: 'Usage-based billing', status: 'planned' },
          ],
        },
      ],
      metrics: [],
    },
  ],
  metrics: [
    { id: 'ingest-throughput', label: 'events ingested per second', target: 100000, comparator: 'gte', unit: 'req/s', current: 82000, text: '100K+ events/second' },
    { id: 'dashboard-load-p95', label: 'p95 dashboard load', target: 800, comparator: 'lt', unit: 'ms', current: 640, text: '<800ms p95 dashboard load' },
    { id: 'uptime', label: 'uptime of Lumen Cloud', target: 99.9, comparator: 'gte', unit: '%', text: '99.9% uptime' },
    { id: 'github-stars', label: 'GitHub stars', target: 10000, comparator: 'gte', current: 7420, text: '10,000+ GitHub stars' },
  ],
  cadences: [
    { label: 'Major releases', every: { count: 1, unit: 'year' }, text: 'Yearly (x.0.0)' },
    { label: 'Minor releases', every: { count: 3, unit: 'month' }, text: 'Every quarter (x.y.0)' },
    { label: 'Patch releases', text: 'As needed (x.y.z)' },
  ],
};
