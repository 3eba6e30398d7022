import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useRovingFocus } from './useRovingFocus.js';

let moveTo: (key: string, follow: boolean) => void = () => {};

function Items({ keys }: { keys: string[] }) {
  const [tabStop, setTabStop] = useState('a');
  const { itemRef, followNextMove } = useRovingFocus(tabStop);
  moveTo = (key, follow) => {
    followNextMove(follow);
    setTabStop(key);
  };
  return keys.map((key) => (
    <button key={key} type="button" ref={itemRef(key)} tabIndex={key === tabStop ? 0 : -1}>
      {key}
    </button>
  ));
}

describe('useRovingFocus', () => {
  it('moves DOM focus to the new tab stop after a move asked to follow, and only then', () => {
    render(<Items keys={['a', 'b', 'c']} />);
    expect(document.body).toHaveFocus();
    act(() => moveTo('b', false));
    expect(document.body).toHaveFocus();
    act(() => moveTo('c', true));
    expect(screen.getByRole('button', { name: 'c' })).toHaveFocus();
  });

  it('focuses an item that mounted before the move, and leaves focus alone for a key whose item is gone', () => {
    const { rerender } = render(<Items keys={['a']} />);
    rerender(<Items keys={['a', 'b']} />);
    act(() => moveTo('b', true));
    expect(screen.getByRole('button', { name: 'b' })).toHaveFocus();
    rerender(<Items keys={['a', 'c']} />);
    act(() => moveTo('b', true));
    expect(document.body).toHaveFocus();
    act(() => moveTo('c', true));
    expect(screen.getByRole('button', { name: 'c' })).toHaveFocus();
  });

  it('hands the same ref to the same key on every render', () => {
    const refs: unknown[] = [];
    function Probe() {
      const { itemRef } = useRovingFocus(0);
      refs.push(itemRef(0), itemRef(1));
      return null;
    }
    const { rerender } = render(<Probe />);
    rerender(<Probe />);
    expect(refs[0]).toBe(refs[2]);
    expect(refs[1]).toBe(refs[3]);
    expect(refs[0]).not.toBe(refs[1]);
  });
});
