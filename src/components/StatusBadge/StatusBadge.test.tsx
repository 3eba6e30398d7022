import { render, screen } from '@testing-library/react';
import { RoadmapThemeProvider } from '../../theme/RoadmapThemeProvider.js';
import { StatusBadge } from './StatusBadge.js';

describe('StatusBadge', () => {
  it('names the status in text, with its glyph hidden from screen readers', () => {
    render(<StatusBadge status="in-progress" />);
    const badge = screen.getByText('In progress').parentElement!;
    expect(badge).toHaveAttribute('data-status', 'in-progress');
    expect(badge).toHaveClass('rk-root', 'rk-status-badge');
    expect(badge.querySelector('[aria-hidden="true"]')).toHaveTextContent('◐');
  });

  it('adds the host classes to the defaults and keeps slots when unstyled', () => {
    const { rerender } = render(<StatusBadge status="done" className="mine" classNames={{ label: 'my-label' }} />);
    expect(screen.getByText('Done')).toHaveClass('rk-status-badge__label', 'my-label');
    expect(screen.getByText('Done').parentElement).toHaveClass('rk-status-badge', 'mine');
    rerender(<StatusBadge status="done" unstyled />);
    expect(screen.getByText('Done')).not.toHaveClass('rk-status-badge__label');
    expect(screen.getByText('Done')).toHaveAttribute('data-slot', 'label');
  });

  it('sets theme tokens as custom properties on its root', () => {
    render(<StatusBadge status="planned" theme={{ accent: '#6d28d9', colorScheme: 'dark', density: 'compact' }} />);
    const badge = screen.getByText('Planned').parentElement!;
    expect(badge.style.getPropertyValue('--rk-accent')).toBe('#6d28d9');
    expect(badge.style.getPropertyValue('--rk-density')).toBe('0.75');
    expect(badge).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('takes labels from the provider, then its own prop', () => {
    render(
      <RoadmapThemeProvider labels={{ status: (status) => `Statut : ${status}` }}>
        <StatusBadge status="done" />
        <StatusBadge status="cancelled" labels={{ status: () => 'Annulé' }} />
      </RoadmapThemeProvider>,
    );
    expect(screen.getByText('Statut : done')).toBeInTheDocument();
    expect(screen.getByText('Annulé')).toBeInTheDocument();
  });
});
