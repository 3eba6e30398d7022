import { fileURLToPath } from 'node:url';
import { resolveNow } from '../dates/isoDate.js';
import { isIsoDate } from '../model/isIsoDate.js';
import { parseRoadmap } from '../markdown/parseRoadmap.js';
import { validateRoadmap } from '../model/validateRoadmap.js';
import type { ColorScheme } from '../theme/tokens.js';
import type { CliIo, ExitCode } from './cliIo.js';
import { formatDiagnostics } from './formatDiagnostics.js';
import { readCommandInput } from './readCommandInput.js';

/** Help text of `roadmap-kit render`. */
export const RENDER_USAGE = `Usage: roadmap-kit render FILE.md [-o roadmap.html] [--scheme light|dark|auto] [--now YYYY-MM-DD]

Renders a ROADMAP.md as one self-contained HTML page (inline CSS, no script, no external request)
that a docs site or GitHub Pages can serve: readable, navigable and printable without JavaScript.
The page goes to stdout, or to the file given with -o; diagnostics go to stderr. Needs react and
react-dom installed next to roadmap-kit.

Options:
  -o, --output FILE      write the page to FILE instead of stdout
  --scheme SCHEME        light, dark, or auto (follows the reader's system setting) (default: auto)
  --now YYYY-MM-DD       the day the page shows as today (default: today)
  -h, --help             show this help

Exit codes: 0 rendered, 1 unreadable or invalid input, 2 usage error.
`;

const SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'auto'];

/** roadmap-kit's stylesheet, next to the built CLI (`dist/cli/` → `dist/styles.css`). */
export const stylesheetPath = () => fileURLToPath(new URL(/* @vite-ignore */ '../styles.css', import.meta.url));

/** `roadmap-kit render FILE.md [-o roadmap.html] [--scheme auto]` */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const input = await readCommandInput(
    args,
    { output: { type: 'string', short: 'o' }, scheme: { type: 'string' }, now: { type: 'string' } },
    RENDER_USAGE,
    io,
  );
  if (typeof input === 'number') return input;
  const { values, file, text } = input;
  const scheme = (values.scheme ?? 'auto') as ColorScheme;
  const now = values.now as string | undefined;
  if (!SCHEMES.includes(scheme) || (now !== undefined && !isIsoDate(now))) {
    io.stderr(`roadmap-kit: ${SCHEMES.includes(scheme) ? `--now takes YYYY-MM-DD, not ${JSON.stringify(now)}` : `--scheme takes light, dark or auto, not ${JSON.stringify(scheme)}`}\n\n${RENDER_USAGE}`);
    return 2;
  }
  const today = resolveNow(now);
  const { roadmap, diagnostics } = parseRoadmap(text, { now: today });
  io.stderr(formatDiagnostics(file, diagnostics));
  const checked = validateRoadmap(roadmap);
  if (!checked.ok) {
    io.stderr(`roadmap-kit: ${file} gives no valid roadmap:\n${checked.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}\n`);
    return 1;
  }
  let render: typeof import('./renderStaticPage.js').renderStaticPage;
  try {
    ({ renderStaticPage: render } = await import('./renderStaticPage.js'));
  } catch (error) {
    io.stderr(`roadmap-kit: render needs react and react-dom (npm install react react-dom): ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const html = render({ roadmap: checked.roadmap, scheme, now: today, css: await io.readFile(stylesheetPath()) });
    const output = values.output as string | undefined;
    if (output === undefined) io.stdout(html);
    else await io.writeFile(output, html);
  } catch (error) {
    io.stderr(`roadmap-kit: cannot render ${file} (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  return 0;
}
