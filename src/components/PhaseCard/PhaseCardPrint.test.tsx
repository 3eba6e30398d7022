import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generateLongPhase } from '../../examples/generateLongPhase.js';
import { PhaseCard } from './PhaseCard.js';

function print(event: 'beforeprint' | 'afterprint') {
  act(() => {
    window.dispatchEvent(new Event(event));
  });
}

describe('PhaseCard when printed', () => {
  it('prints every group open with its items, and goes back to the reader’s groups afterwards', () => {
    const onOpenChange = vi.fn();
    render(<PhaseCard phase={generateLongPhase(200)} onOpenChange={onOpenChange} />);
    const dashboards = screen.getByRole('button', { name: 'Dashboards 20 items' });
    expect(dashboards).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Deliverable 61')).toBeNull();
    // Three open groups of 20, each showing its first 5 behind a "Show all 20".
    expect(screen.getAllByRole('listitem')).toHaveLength(15);
    expect(screen.getAllByRole('button', { name: 'Show all 20' })).toHaveLength(3);

    print('beforeprint');
    expect(dashboards).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Deliverable 61')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(onOpenChange).not.toHaveBeenCalled();

    print('afterprint');
    expect(dashboards).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Deliverable 61')).toBeNull();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('keeps a controlled open list untouched and shows it again after printing', async () => {
    const onOpenChange = vi.fn();
    render(<PhaseCard phase={generateLongPhase(200)} open={[]} onOpenChange={onOpenChange} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    print('beforeprint');
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    print('afterprint');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Dashboards 20 items' }));
    expect(onOpenChange).toHaveBeenCalledWith(['dashboards']);
  });
});
