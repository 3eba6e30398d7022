'use client';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const QUERY = 'print';

/**
 * Whether the page is being printed (or rendered with print media emulated, as a PDF export does).
 * False on the server and on the first client render, so hydration matches; then follows
 * `beforeprint`/`afterprint` and `matchMedia('print')`. The print events apply the change with
 * `flushSync`, so the new markup is in the DOM before the browser snapshots the page for paper.
 */
export function usePrintMode(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : undefined;
    const onBefore = () => flushSync(() => setPrinting(true));
    const onAfter = () => setPrinting(list?.matches ?? false);
    const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    list?.addEventListener('change', onMedia);
    if (list?.matches) setPrinting(true);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      list?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
