// Prints the README's theme-token table from the comments in src/theme/base.css, the one place each
// token is declared (STYLE.md §4). `npm test` checks that the README holds exactly this table.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} css */
export function tokenTable(css) {
  const darkStart = css.indexOf(":where([data-color-scheme='dark'])");
  const dark = css.slice(darkStart, css.indexOf('@media', darkStart));
  const darkValue = (name) => new RegExp(`${name}:\\s*([^;]+);`).exec(dark)?.[1] ?? '—';
  // Only the first declaration of each token carries a comment; dark values come from the dark block.
  const rows = [...css.matchAll(/(--rk-[a-z-]+):\s*([^;]+);\s*\/\*\s*(.+?)\s*\*\//g)].map(
    ([, name, value, comment]) => `| \`${name}\` | \`${value.trim()}\` | ${darkValue(name) === '—' ? '—' : `\`${darkValue(name).trim()}\``} | ${comment} |`,
  );
  return ['| variable | light | dark | what it controls |', '|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(tokenTable(readFileSync(new URL('../src/theme/base.css', import.meta.url), 'utf8')));
}
