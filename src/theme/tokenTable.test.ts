import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without declarations
import { tokenTable } from '../../scripts/tokenTable.mjs';

it('keeps the README token table identical to the tokens declared in base.css', () => {
  const root = resolve(__dirname, '../..');
  const css = readFileSync(resolve(root, 'src/theme/base.css'), 'utf8');
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const between = readme.slice(readme.indexOf('-->', readme.indexOf('token-table:start')) + 3, readme.indexOf('<!-- token-table:end')).trim();
  expect(between).toBe(tokenTable(css));
});
