import type { Roadmap } from '../model/types.js';

/** Week-numbered milestones without calendar dates, day-precision releases, and measured metrics. */
export const milestonesWithMetrics: Roadmap = {
  title: 'Keyring Sidecar Roadmap',
  summary: 'A sidecar that delivers secrets to containers without environment variables.',
  updated: '2026-02-09',
  phases: [
    {
      id: 'milestone-1-foundation',
      title: 'Foundation',
      version: 'Milestone 1',
      status: 'done',
      timeframe: 'Week 1',
      groups: [
        {
          items: [
            { id: 'project-layout', title: 'Project layout and CI', status: 'done' },
            { id: 'file-provider', title: 'File-based secret provider', status: 'done' },
            { id: 'tmpfs-mount', title: 'tmpfs mount for secrets', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'milestone-2-core-functionality',
      title: 'Core Functionality',
      version: 'Milestone 2',
      status: 'done',
      timeframe: 'Week 2',
      groups: [
        {
          items: [
            { id: 'vault-provider', title: 'Vault provider', status: 'done' },
            { id: 'hot-reload', title: 'Hot reload on rotation', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'milestone-3-observability',
      title: 'Observability',
      version: 'Milestone 3',
      status: 'done',
      timeframe: 'Week 3',
      groups: [
        {
          items: [
            { id: 'health-endpoint', title: 'Health endpoint', status: 'done' },
            { id: 'structured-logs', title: 'Structured logs', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v0-1-0-production-release',
      title: 'Production Release',
      version: 'v0.1.0',
      status: 'done',
      when: { start: '2026-02-09', end: '2026-02-09', precision: 'day', label: '2026-02-09' },
      groups: [
        {
          title: 'Features',
          items: [
            { id: 'multi-secret', title: 'Multiple secrets per container', status: 'done' },
            { id: 'docker-labels', title: 'Configuration through Docker labels', status: 'done' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v1-2-0-multi-backend',
      title: 'Multi-Backend and Dynamic Secrets',
      version: 'v1.2.0',
      status: 'in-progress',
      when: { start: '2026-03-01', end: '2026-03-31', precision: 'month', label: 'March 2026' },
      groups: [
        {
          items: [
            { id: 'aws-secrets-manager', title: 'AWS Secrets Manager backend', status: 'done' },
            { id: 'dynamic-db-credentials', title: 'Dynamic database credentials', status: 'in-progress' },
            { id: 'gcp-secret-manager', title: 'GCP Secret Manager backend', status: 'planned' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v1-3-0-advanced-features',
      title: 'Advanced Features',
      version: 'v1.3.0',
      status: 'planned',
      when: { start: '2026-06-01', end: '2026-06-30', precision: 'month', label: 'June 2026' },
      groups: [
        {
          items: [
            { id: 'secret-templating', title: 'Secret templating', status: 'planned' },
            { id: 'windows-containers', title: 'Windows containers', status: 'deferred', detail: 'Deferred to v2.0.0' },
          ],
        },
      ],
      metrics: [],
    },
  ],
  metrics: [
    { id: 'secret-fetch-p95', label: 'p95 latency for secret operations', target: 100, comparator: 'lt', unit: 'ms', current: 87, text: '<100ms p95 latency for secret operations' },
    { id: 'sidecar-memory', label: 'sidecar memory', target: 20, comparator: 'lt', unit: 'MB', current: 14.5, text: '< 20MB memory' },
    { id: 'test-coverage', label: 'test coverage', target: 80, comparator: 'gte', unit: '%', current: 76.4, text: '80%+ test coverage' },
    { id: 'docker-pulls', label: 'Docker pulls', target: 1000000, comparator: 'gte', current: 312000, text: '1M+ Docker pulls' },
    { id: 'critical-vulnerabilities', label: 'critical vulnerabilities', target: 0, comparator: 'eq', text: 'Zero critical vulnerabilities' },
  ],
  cadences: [
    { label: 'Minor releases', every: { count: 2, unit: 'month' }, text: 'Every 2 months (x.y.0)' },
    { label: 'Patch releases', every: { count: 2, unit: 'week' }, text: 'Every 2 weeks (x.y.z)' },
    { label: 'Security fixes', text: 'Immediate' },
  ],
};
