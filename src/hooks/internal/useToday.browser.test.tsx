import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { page } from 'vitest/browser';
import { RoadmapView } from '../../components/RoadmapView/RoadmapView.js';
import type { Roadmap } from '../../model/types.js';
import { RENDERED_ON_ATTRIBUTE } from './useToday.js';

// A page prerendered on day D (a Saturday) and opened on a later day, in React's development build:
// the hydration pass must match the server markup, then show the reader's day.
const BUILD_DAY = new Date(2026, 11, 5, 10, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

const roadmap: Roadmap = {
  title: 'Static Site Roadmap',
  phases: [
    {
      id: 'beta',
      title: 'Beta',
      version: 'v0.9.0',
      status: 'in-progress',
      when: { start: '2026-11-01', end: '2026-12-20', precision: 'day' },
      groups: [{ items: [{ id: 'invites', title: 'Invites', status: 'in-progress' }] }],
      metrics: [],
    },
    {
      id: 'launch',
      title: 'Launch',
      version: 'v1.0.0',
      status: 'planned',
      when: { start: '2027-01-01', end: '2027-03-31', precision: 'quarter', label: 'Q1 2027' },
      groups: [{ items: [{ id: 'billing', title: 'Billing', status: 'planned' }] }],
      metrics: [],
    },
  ],
  metrics: [],
  cadences: [],
};

let roots: Root[] = [];
let containers: HTMLElement[] = [];

afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  for (const container of containers) container.remove();
  roots = [];
  containers = [];
  vi.useRealTimers();
});

/** Server-renders on BUILD_DAY, then hydrates `laterDays` later; returns the hydration errors React reported. */
async function renderOnBuildDayAndOpenLater(laterDays: number, now?: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(BUILD_DAY);
  const element = <RoadmapView roadmap={roadmap} now={now} headingLevel={1} />;
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  containers.push(container);
  const serverMarkup = container.innerHTML;
  vi.setSystemTime(BUILD_DAY.getTime() + laterDays * DAY_MS);
  const errors: string[] = [];
  await act(async () => {
    roots.push(hydrateRoot(container, element, { onRecoverableError: (error) => errors.push(String(error)) }));
  });
  return { errors, serverMarkup };
}

describe('today on a prerendered page', () => {
  it('hydrates three days later without a mismatch, then shows the reader\'s day', async () => {
    const { errors, serverMarkup } = await renderOnBuildDayAndOpenLater(3);
    expect(serverMarkup).toContain(`${RENDERED_ON_ATTRIBUTE}="2026-12-05"`);
    expect(errors).toEqual([]);
    const grid = page.getByRole('grid', { name: 'December 2026' });
    await expect.element(grid).toBeVisible();
    const today = grid.element().querySelector('[aria-current="date"]');
    expect(today?.getAttribute('data-date')).toBe('2026-12-08');
    // The tab stop of the grid moves with today.
    expect(today?.getAttribute('tabindex')).toBe('0');
    expect(page.getByText('Overdue').elements()).toHaveLength(0);
  });

  it('hydrates forty days later without a mismatch, then shows the new month, today and overdue phases', async () => {
    const { errors, serverMarkup } = await renderOnBuildDayAndOpenLater(40);
    expect(serverMarkup).toContain('December 2026');
    expect(errors).toEqual([]);
    const grid = page.getByRole('grid', { name: 'January 2027' });
    await expect.element(grid).toBeVisible();
    expect(grid.element().querySelector('[aria-current="date"]')?.getAttribute('data-date')).toBe('2027-01-14');
    expect(page.getByRole('grid', { name: 'December 2026' }).elements()).toHaveLength(0);
    // Beta ended on 20 December and is not done: on 14 January the Timeline flags it.
    await expect.element(page.getByText('Overdue').first()).toBeInTheDocument();
    // The first render's day stays on the root, for parts of the page that hydrate later.
    expect(document.querySelector(`[${RENDERED_ON_ATTRIBUTE}]`)?.getAttribute(RENDERED_ON_ATTRIBUTE)).toBe('2026-12-05');
  });

  it('keeps a given now as it is', async () => {
    const { errors, serverMarkup } = await renderOnBuildDayAndOpenLater(40, '2026-12-01');
    expect(serverMarkup).not.toContain(RENDERED_ON_ATTRIBUTE);
    expect(errors).toEqual([]);
    const grid = page.getByRole('grid', { name: 'December 2026' });
    await expect.element(grid).toBeVisible();
    expect(grid.element().querySelector('[aria-current="date"]')?.getAttribute('data-date')).toBe('2026-12-01');
    expect(page.getByText('Overdue').elements()).toHaveLength(0);
  });
});
