// The whole page the streaming route renders. The client hydrates `document` with this same
// element: useId values depend on the tree from the root, so both sides must start from it.
import { App } from '../shared/App';

export function Document() {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/styles.css" />
        <title>SSR host (stream)</title>
      </head>
      <body>
        <div id="root">
          <App />
        </div>
      </body>
    </html>
  );
}
