// react-server-dom-webpack ships no types; this is the one function the host uses.
declare module 'react-server-dom-webpack/server' {
  import type { ReactNode } from 'react';
  export function renderToPipeableStream(
    model: ReactNode,
    clientManifest: Record<string, unknown>,
    options?: { onError?: (error: unknown) => void },
  ): { pipe<Destination extends NodeJS.WritableStream>(destination: Destination): Destination };
}
