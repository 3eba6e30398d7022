import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { usePrintMode } from './usePrintMode.js';

/** A `matchMedia('print')` whose answer the test flips, notifying its listeners like a browser. */
function stubPrintMedia(initially = false) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const list = {
    matches: initially,
    media: 'print',
    addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
  };
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ ...list, media: query }) as unknown as MediaQueryList);
  return {
    listeners,
    set(matches: boolean) {
      list.matches = matches;
      for (const listener of listeners) listener({ matches } as MediaQueryListEvent);
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('usePrintMode', () => {
  it('is false until the browser prepares to print, true while printing, false after', () => {
    stubPrintMedia();
    const { result } = renderHook(() => usePrintMode());
    expect(result.current).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current).toBe(true);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(result.current).toBe(false);
  });

  it('follows print media emulation (a PDF export) through matchMedia changes', () => {
    const media = stubPrintMedia();
    const { result, unmount } = renderHook(() => usePrintMode());
    act(() => media.set(true));
    expect(result.current).toBe(true);
    act(() => media.set(false));
    expect(result.current).toBe(false);
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('starts printing after mount when the page is already under print media', () => {
    stubPrintMedia(true);
    const { result } = renderHook(() => usePrintMode());
    expect(result.current).toBe(true);
  });

  it('renders false on the server, so hydration matches', () => {
    function Probe() {
      return createElement('p', null, usePrintMode() ? 'printing' : 'screen');
    }
    expect(renderToString(createElement(Probe))).toBe('<p>screen</p>');
  });
});
