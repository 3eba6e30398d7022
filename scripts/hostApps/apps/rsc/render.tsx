// Renders <Page /> to the React Server Components (Flight) payload in Node, under the
// `react-server` condition with react-server-dom-webpack's loader, which turns every 'use client'
// module into a client reference as a bundler would. Prints { payload, errors } as JSON.
import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-server-dom-webpack/server';
import { Page } from './Page';

// The client manifest a bundler would write: here every client module maps to itself.
const manifest = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => ({ id: String(key).split('#')[0], chunks: [], name: String(key).split('#')[1] ?? '*' }),
});
const errors: string[] = [];
let payload = '';
renderToPipeableStream(<Page />, manifest, { onError: (error: unknown) => void errors.push(String((error as Error)?.stack ?? error)) }).pipe(
  new Writable({
    write(chunk, _encoding, done) {
      payload += chunk;
      done();
    },
    final(done) {
      process.stdout.write(JSON.stringify({ payload, errors }));
      done();
    },
  }),
);
