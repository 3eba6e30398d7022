// Hydrates the server-rendered page: the whole document after renderToPipeableStream, #root after
// renderToString. Bundled with React's development build, so hydration mismatches are logged as
// console errors as well as reported to onRecoverableError.
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from '../shared/App';
import { Document } from './Document';

declare global {
  interface Window {
    __hydrationErrors: string[];
    __hydrated: boolean;
    __wholeDocument?: boolean;
  }
}

window.__hydrationErrors = [];

/** Flags the first commit; one child and no markup of its own, so the server markup and ids are unchanged. */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    window.__hydrated = true;
  }, []);
  return children;
}

const onRecoverableError = (error: unknown, info: { componentStack?: string }) => {
  window.__hydrationErrors.push(`${String(error)}${info.componentStack ?? ''}`);
};

if (window.__wholeDocument) {
  hydrateRoot(
    document,
    <Hydrated>
      <Document />
    </Hydrated>,
    { onRecoverableError },
  );
} else {
  hydrateRoot(
    document.getElementById('root') as HTMLElement,
    <Hydrated>
      <App />
    </Hydrated>,
    { onRecoverableError },
  );
}
