import { render, screen, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { generateLongPhase } from '../../examples/generateLongPhase.js';
import type { Phase } from '../../model/types.js';
import { PhaseCard } from './PhaseCard.js';

// Issue 12: real roadmaps have 45-item groups, headings that are only a version, 150-character
// URLs and targets nobody has measured yet.
const longGroup: Phase = {
  id: 'backlog',
  title: 'Backlog',
  status: 'planned',
  groups: [{ title: 'Ideas', items: Array.from({ length: 45 }, (_, index) => ({ id: `idea-${index + 1}`, title: `Idea ${index + 1}`, status: 'planned' as const })) }],
  metrics: [],
};

const longUrl = `https://example.com/${'very-long-path-segment-'.repeat(6)}end`;

describe('PhaseCard with long real-world content', () => {
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => page.viewport(1280, 720));

  it('shows the first items of a 45-item group and a keyboard-reachable "Show all 45"', async () => {
    render(<PhaseCard phase={longGroup} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    const showAll = screen.getByRole('button', { name: 'Show all 45' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(showAll).toHaveAttribute('aria-controls', screen.getByRole('list').id);
    await userEvent.tab();
    await userEvent.tab();
    expect(showAll).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getAllByRole('listitem')).toHaveLength(45);
    expect(screen.getByText('Idea 45')).toBeVisible();
    const showFewer = screen.getByRole('button', { name: 'Show fewer' });
    expect(showFewer).toHaveFocus();
    expect(showFewer).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('keeps a 45-item card short: well under the 2,000 px the whole group would take', async () => {
    render(
      <div style={{ width: 400 }}>
        <PhaseCard phase={longGroup} />
      </div>,
    );
    expect(screen.getByRole('article').getBoundingClientRect().height).toBeLessThan(500);
  });

  it('writes a heading that is only a version once', () => {
    render(<PhaseCard phase={{ ...longGroup, id: 'v', version: '0.4.1', title: '0.4.1' }} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^0\.4\.1$/);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Progress of 0.4.1');
  });

  it('opens every group with defaultOpen={true} and none with defaultOpen={false}', () => {
    const phase = generateLongPhase(200);
    const { unmount } = render(<PhaseCard phase={phase} defaultOpen={true} />);
    expect(screen.getAllByRole('button', { name: /\d+ items$/ }).every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).toBe(true);
    unmount();
    render(<PhaseCard phase={phase} defaultOpen={false} />);
    expect(screen.getAllByRole('button', { name: /\d+ items$/ }).every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  it('breaks a 150-character URL inside the card at a 360 px viewport instead of widening the page', async () => {
    await page.viewport(360, 640);
    const phase: Phase = { ...longGroup, title: longUrl, groups: [{ items: [{ id: 'link', title: longUrl, detail: longUrl, href: longUrl, status: 'planned' }] }] };
    render(
      <main style={{ padding: 8 }}>
        <PhaseCard phase={phase} />
      </main>,
    );
    const card = screen.getByRole('article').getBoundingClientRect();
    expect(card.right).toBeLessThanOrEqual(360);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    for (const element of screen.getByRole('article').querySelectorAll('*')) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(card.right + 0.5);
    }
  });

  it('puts the status badge beside the title in every card of a row, however long the title', () => {
    render(
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 300px)', gap: 16 }}>
        {['Beta', 'Phase 3: Infrastructure & Frontend Modernisation', 'v2.0'].map((title) => (
          <PhaseCard key={title} phase={{ ...longGroup, id: title, title }} />
        ))}
      </div>,
    );
    const offsets = screen.getAllByRole('article').map((card) => {
      const box = card.getBoundingClientRect();
      const badge = within(card).getByText('Planned').getBoundingClientRect();
      return [Math.round(badge.top - box.top), Math.round(box.right - badge.right)];
    });
    expect(new Set(offsets.map(String)).size).toBe(1);
  });

  it('reads a target without a measured value as text with its direction, not an empty meter', () => {
    const phase: Phase = {
      ...longGroup,
      metrics: [
        { id: 'uptime', label: 'Uptime', target: 99.999, comparator: 'gte', unit: '%' },
        { id: 'p95', label: 'p95 latency', target: 100, comparator: 'lt', unit: 'ms', current: 87 },
      ],
    };
    render(<PhaseCard phase={phase} />);
    expect(screen.queryAllByRole('group', { name: 'Uptime' })).toHaveLength(0);
    expect(screen.getByText('Uptime').closest('li')).toHaveTextContent('Uptime at least 99.999%');
    expect(screen.getAllByRole('meter')).toHaveLength(1);
    expect(screen.getByRole('meter', { name: 'p95 latency' })).toHaveAttribute('aria-valuenow', '87');
  });
});
