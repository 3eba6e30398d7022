import type { ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import { releasesByQuarter } from '../../examples/releasesByQuarter.js';
import { Timeline } from './Timeline.js';

const phase = (name: RegExp) => screen.getByRole('button', { name });

describe('Timeline', () => {
  it('sets a vertical list on one side or alternating sides by `position`, and still by its deprecated name `layout`', () => {
    const sides = (element: ReactElement) => {
      const { container, unmount } = render(element);
      const value = container.firstElementChild!.getAttribute('data-position');
      unmount();
      return value;
    };
    const base = { roadmap: releasesByQuarter, now: EXAMPLE_NOW, orientation: 'vertical' as const };
    expect(sides(<Timeline {...base} />)).toBe('start');
    expect(sides(<Timeline {...base} position="alternate" />)).toBe('alternate');
    expect(sides(<Timeline {...base} layout="alternate" />)).toBe('alternate');
    expect(sides(<Timeline {...base} layout="default" />)).toBe('start');
    expect(sides(<Timeline {...base} layout="alternate" position="start" />)).toBe('start');
    // The axis has no sides.
    expect(sides(<Timeline {...base} orientation="horizontal" position="alternate" />)).toBeNull();
  });

  it('lists every phase in one ordered list, dated by time and undated last under "Unscheduled"', () => {
    render(<Timeline roadmap={numberedPhases} now={EXAMPLE_NOW} orientation="vertical" />);
    const list = screen.getByRole('list', { name: 'Harbor Gateway Roadmap timeline' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4', '5']);
    expect(items.map((item) => item.getAttribute('aria-setsize'))).toEqual(['5', '5', '5', '5', '5']);
    expect(within(items[4]!).getByRole('heading', { level: 3, name: 'Unscheduled' })).toBeInTheDocument();
    expect(within(items[4]!).getByRole('button', { name: /Research & Experimental/ })).toBeInTheDocument();
  });

  it('shows a title that is only its version once', () => {
    const roadmap = {
      title: 'Versions',
      phases: [
        {
          id: 'v041',
          title: '0.4.1',
          version: '0.4.1',
          status: 'planned' as const,
          when: { start: '2026-02-01', end: '2026-02-01', precision: 'day' as const },
          groups: [],
          metrics: [],
        },
      ],
      metrics: [],
      cadences: [],
    };
    const { container } = render(<Timeline roadmap={roadmap} now={EXAMPLE_NOW} orientation="vertical" />);
    expect(container.querySelector('.rk-timeline__heading')).toHaveTextContent(/^0\.4\.1$/);
  });

  it('names each phase with version, title, dates in words, status and progress', () => {
    render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="vertical" />);
    expect(phase(/Funnels/)).toHaveAccessibleName('v2.1.0 Funnels & Journeys January to March 2026 In progress 1 of 4 done Current');
    expect(phase(/Foundations/)).toHaveAccessibleName('v2.0.0 Foundations 16 December 2025 Done 5 of 5 done');
  });

  it('draws the body a host renders in place of the default one', () => {
    render(
      <Timeline
        roadmap={releasesByQuarter}
        now={EXAMPLE_NOW}
        orientation="vertical"
        renderPhase={(item, { text }) => `${item.title} (${text.datesInWords})`}
      />,
    );
    expect(phase(/Experiments/)).toHaveAccessibleName('Experiments (April to June 2026)');
  });

  it('shows the roadmap issues instead of crashing on an invalid roadmap', () => {
    render(<Timeline roadmap={{ title: 'Broken', phases: 'none' } as never} now={EXAMPLE_NOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This roadmap could not be shown');
  });

  it('switches zoom with its buttons, controlled or not', async () => {
    const user = userEvent.setup();
    const onZoomChange = vi.fn();
    render(<Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" onZoomChange={onZoomChange} />);
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    expect(within(zoom).getByRole('button', { name: 'Quarter' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(zoom).getByRole('button', { name: 'Year' }));
    expect(within(zoom).getByRole('button', { name: 'Year' })).toHaveAttribute('aria-pressed', 'true');
    expect(onZoomChange).toHaveBeenCalledWith('year');
  });
});

describe.each(['ltr', 'rtl'] as const)('Timeline keyboard, %s', (dir) => {
  const [next, previous] = dir === 'ltr' ? ['{ArrowRight}', '{ArrowLeft}'] : ['{ArrowLeft}', '{ArrowRight}'];

  it('takes one tab stop, on the current phase, and moves in time order with arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(
      <div dir={dir}>
        <button type="button">Before</button>
        <Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="vertical" />
        <button type="button">After</button>
      </div>,
    );
    await user.tab();
    await user.tab();
    expect(phase(/Funnels/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(phase(/Experiments/)).toHaveFocus();
    await user.keyboard(next);
    expect(phase(/Warehouse Sync/)).toHaveFocus();
    await user.keyboard(previous);
    expect(phase(/Experiments/)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(phase(/Funnels/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(phase(/Lumen Cloud/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(phase(/Lumen Cloud/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(phase(/Foundations/)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(phase(/Foundations/)).toHaveFocus();
  });

  it('zooms with + and - and selects a phase with Enter or a click', async () => {
    const user = userEvent.setup();
    const onSelectPhase = vi.fn();
    const onZoomChange = vi.fn();
    render(
      <div dir={dir}>
        <Timeline roadmap={releasesByQuarter} now={EXAMPLE_NOW} orientation="horizontal" onSelectPhase={onSelectPhase} onZoomChange={onZoomChange} />
      </div>,
    );
    phase(/Funnels/).focus();
    await user.keyboard('+');
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('--');
    expect(screen.getByRole('button', { name: 'Year' })).toHaveAttribute('aria-pressed', 'true');
    expect(onZoomChange.mock.calls).toEqual([['month'], ['quarter'], ['year']]);
    expect(phase(/Funnels/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectPhase).toHaveBeenCalledTimes(1);
    expect(onSelectPhase).toHaveBeenLastCalledWith(releasesByQuarter.phases[1]);
    await user.click(phase(/Experiments/));
    expect(onSelectPhase).toHaveBeenLastCalledWith(releasesByQuarter.phases[2]);
  });
});
