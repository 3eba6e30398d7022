// The host's own roadmap, written inline as a host would (hosts cannot import the repository's examples).
import type { Roadmap } from 'roadmap-kit';

/** Fixed so the server and the browser render the same day, whatever their clocks and time zones. */
export const NOW = '2026-03-15';

export const roadmap: Roadmap = {
  title: 'Host App Roadmap',
  updated: '2026-03-01',
  phases: [
    {
      id: 'v1-0-0-launch',
      title: 'Launch',
      version: 'v1.0.0',
      status: 'done',
      when: { start: '2026-03-10', end: '2026-03-10', precision: 'day', label: 'Released: 2026-03-10' },
      groups: [{ title: 'Core', items: [{ id: 'sign-in', title: 'Sign-in', status: 'done' }] }],
      metrics: [],
    },
    {
      id: 'v1-1-0-sharing',
      title: 'Sharing',
      version: 'v1.1.0',
      status: 'in-progress',
      when: { start: '2026-03-16', end: '2026-03-16', precision: 'day', label: 'ETA: 2026-03-16' },
      groups: [
        {
          title: 'Links',
          items: [
            { id: 'share-links', title: 'Share links', status: 'done' },
            { id: 'embed', title: 'Embeds', status: 'in-progress' },
          ],
        },
      ],
      metrics: [],
    },
    {
      id: 'v2-0-0-teams',
      title: 'Teams',
      version: 'v2.0.0',
      status: 'planned',
      when: { start: '2026-04-01', end: '2026-06-30', precision: 'quarter', label: 'Q2 2026' },
      groups: [{ items: [{ id: 'roles', title: 'Roles and permissions', status: 'planned' }] }],
      metrics: [],
    },
  ],
  metrics: [],
  cadences: [{ label: 'Minor releases', every: { count: 2, unit: 'month' } }],
};
