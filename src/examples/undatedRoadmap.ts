import type { Item, Roadmap } from '../model/types.js';

const backlog: [string, string?][] = [
  ['Rotate credentials without restarting the pod'],
  ['Helm chart values for per-namespace policies'],
  ['Audit log shipping to syslog'],
  ['Read-only mode during vault maintenance'],
  ['Prometheus metrics for cache hits'],
  ['Shorter TTLs for database credentials'],
  ['Windows container support', 'Needs a named-pipe transport instead of a Unix socket'],
  ['ARM64 images'],
  ['Pluggable secret backends'],
  ['Dry-run mode for policy changes'],
  ['Structured JSON logs'],
  ['Graceful shutdown within the pod termination grace period'],
];

/**
 * A roadmap written the way most are: no calendar dates at all (Now / Next / Later and bare version
 * headings), a long backlog group, an item whose title is a long URL, and success targets nobody
 * has measured yet. For stories and tests of how undated roadmaps read.
 */
export const undatedRoadmap: Roadmap = {
  title: 'Vaultline Agent Roadmap',
  summary: 'Where the secrets agent is heading. Priorities, not promises: nothing here has a date.',
  phases: [
    {
      id: 'now',
      title: 'Now',
      timeframe: 'Now',
      status: 'in-progress',
      summary: 'Make the agent boring to operate.',
      groups: [
        {
          items: [
            { id: 'hot-reload', title: 'Hot reload of the policy file', status: 'done' },
            { id: 'retry-backoff', title: 'Retry with jittered backoff when the vault is down', status: 'in-progress' },
            {
              id: 'design-doc',
              title: 'https://git.example.com/vaultline/agent/blob/main/docs/design/0007-credential-rotation-without-restarts-and-without-downtime.md',
              detail: 'Design note for rotation',
              href: 'https://git.example.com/vaultline/agent/blob/main/docs/design/0007-credential-rotation-without-restarts-and-without-downtime.md',
              status: 'in-progress',
            },
          ],
        },
      ],
      metrics: [{ id: 'startup', label: 'agent start-up time', target: 500, comparator: 'lt', unit: 'ms', text: '<500ms start-up' }],
    },
    {
      id: '0-4-1',
      title: '0.4.1',
      version: '0.4.1',
      status: 'planned',
      groups: [{ items: [{ id: 'fix-socket-perms', title: 'Socket created with 0600 permissions', status: 'planned' }] }],
      metrics: [],
    },
    {
      id: 'next',
      title: 'Next',
      timeframe: 'Next',
      status: 'planned',
      groups: [
        {
          title: 'Backlog',
          items: backlog.map(([title, detail], index): Item => ({ id: `backlog-${index + 1}`, title, ...(detail ? { detail } : {}), status: 'planned' })),
        },
      ],
      metrics: [],
    },
    {
      id: 'later',
      title: 'Later',
      timeframe: 'Later',
      status: 'planned',
      groups: [{ items: [{ id: 'operator', title: 'Kubernetes operator', status: 'planned' }, { id: 'ui', title: 'Web console', status: 'deferred' }] }],
      metrics: [],
    },
  ],
  metrics: [
    { id: 'availability', label: 'availability of the agent', target: 99.999, comparator: 'gte', unit: '%', text: '99.999% availability' },
    { id: 'secrets-served', label: 'secrets served per day', target: 1_500_000, comparator: 'gte', text: '1.5M+ secrets served per day' },
    { id: 'installs', label: 'production installs', target: 10_000, comparator: 'gte', current: 12_000, text: '10,000+ production installs' },
    { id: 'memory', label: 'resident memory', target: 20, comparator: 'lt', unit: 'MB', text: '< 20MB memory' },
  ],
  cadences: [],
};
