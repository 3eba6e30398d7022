// A server-rendering host in plain Node (no DOM, no `window`): `/` streams the page with
// renderToPipeableStream, `/string` renders it with renderToString; both are hydrated by client.js.
// Prints `listening <port>` on stdout; any render error or console output goes to stderr, which the
// host check requires to stay empty. The streaming route renders the whole document (the client
// hydrates `document`), the string route only the app inside #root (the client hydrates #root). It stops by itself when its parent goes or after two minutes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { App } from '../shared/App';
import { Document } from './Document';

const here = dirname(fileURLToPath(import.meta.url));
const assets: Record<string, { type: string; body: Buffer }> = {
  '/client.js': { type: 'text/javascript', body: readFileSync(join(here, 'client.js')) },
  '/styles.css': { type: 'text/css', body: readFileSync(fileURLToPath(import.meta.resolve('roadmap-kit/styles.css'))) },
};
const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><link rel="stylesheet" href="/styles.css">';

function assertNoBrowserGlobals() {
  for (const name of ['window', 'document']) {
    if (name in globalThis) throw new Error(`the server render defined globalThis.${name}`);
  }
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const asset = assets[path];
  if (asset) {
    response.writeHead(200, { 'content-type': asset.type }).end(asset.body);
  } else if (path === '/string') {
    try {
      const html = renderToString(<App />);
      assertNoBrowserGlobals();
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="en"><head>${HEAD}<title>SSR host (string)</title></head><body><div id="root">${html}</div><script type="module" src="/client.js"></script></body></html>`);
    } catch (error) {
      console.error(`renderToString failed: ${(error as Error).stack}`);
      response.writeHead(500).end();
    }
  } else if (path === '/') {
    const stream = renderToPipeableStream(<Document />, {
      bootstrapModules: ['/client.js'],
      bootstrapScriptContent: 'window.__wholeDocument = true',
      onShellReady() {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        stream.pipe(response);
      },
      onShellError(error) {
        console.error(`renderToPipeableStream shell failed: ${(error as Error).stack}`);
        response.writeHead(500).end();
      },
      // An error below a Suspense boundary would silently fall back to client rendering: report it.
      onError(error) {
        console.error(`renderToPipeableStream error: ${(error as Error).stack}`);
      },
      onAllReady() {
        try {
          assertNoBrowserGlobals();
        } catch (error) {
          console.error((error as Error).message);
        }
      },
    });
  } else {
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  }
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`listening ${address.port}\n`);
});
const stop = () => process.exit(0);
process.stdin.on('end', stop).resume();
setTimeout(stop, 120_000).unref();
