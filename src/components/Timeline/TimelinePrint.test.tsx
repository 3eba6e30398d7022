import { act, render, screen, within } from '@testing-library/react';
import { EXAMPLE_NOW } from '../../examples/exampleNow.js';
import { generateRoadmap } from '../../examples/generateRoadmap.js';
import { Timeline } from './Timeline.js';

function print(event: 'beforeprint' | 'afterprint') {
  act(() => {
    window.dispatchEvent(new Event(event));
  });
}

describe('Timeline when printed', () => {
  it('prints every phase of a long, virtualised list, and virtualises again afterwards', () => {
    const roadmap = generateRoadmap(150);
    const { container } = render(<Timeline roadmap={roadmap} now={EXAMPLE_NOW} orientation="vertical" />);
    const list = screen.getByRole('list', { name: `${roadmap.title} timeline` });
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-virtualized');
    expect(within(list).queryAllByRole('listitem').length).toBeLessThan(150);

    print('beforeprint');
    expect(root).not.toHaveAttribute('data-virtualized');
    expect(within(list).getAllByRole('listitem')).toHaveLength(150);

    print('afterprint');
    expect(root).toHaveAttribute('data-virtualized');
    expect(within(list).queryAllByRole('listitem').length).toBeLessThan(150);
  });
});
