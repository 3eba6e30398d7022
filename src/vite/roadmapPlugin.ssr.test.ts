import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, type Rolldown } from 'vite';
import { parseRoadmap } from '../markdown/parseRoadmap.js';
import { roadmap } from './roadmapPlugin.js';

const MARKDOWN = `# Garden Roadmap

## v1.0 - Seeds (Q1 2026) ✅

**Target Date**: November 2026

- [x] Tomatoes
`;

/** Builds `main.js` importing ROADMAP.md?roadmap with the plugin; gives the bundle's code and the warnings Vite printed. */
async function buildWith(markdown: string) {
  const root = mkdtempSync(join(tmpdir(), 'roadmap-kit-vite-plugin-'));
  writeFileSync(join(root, 'ROADMAP.md'), markdown);
  writeFileSync(join(root, 'main.js'), "import roadmap from './ROADMAP.md?roadmap';\nglobalThis.roadmap = roadmap;\n");
  const warnings: string[] = [];
  const logger = createLogger('silent');
  logger.warn = (message) => {
    warnings.push(message);
  };
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    plugins: [roadmap({ now: '2026-03-15' })],
    build: { write: false, minify: false, rolldownOptions: { input: join(root, 'main.js') } },
  })) as Rolldown.RolldownOutput;
  return { code: output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join(''), warnings };
}

describe('roadmap-kit/vite', () => {
  it('turns ROADMAP.md?roadmap into the validated model, and the importer warning into a Vite warning with file and line', async () => {
    const { code, warnings } = await buildWith(MARKDOWN);
    const expected = parseRoadmap(MARKDOWN, { now: '2026-03-15' }).roadmap;
    const json = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
    expect(JSON.parse(JSON.parse(json ?? '""'))).toEqual(expected);
    expect(expected.phases.map((phase) => [phase.title, phase.when?.label])).toEqual([['Seeds', 'November 2026']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('[plugin roadmap-kit] ROADMAP.md:5: dates of "Seeds" disagree');
    // The parser stays in Node: nothing of micromark or the importer reaches the bundle.
    expect(code).not.toMatch(/micromark|thematicBreak|parseRoadmap/);
  });

  it('leaves other imports of the file alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-kit-vite-plugin-'));
    const plugin = roadmap();
    const load = plugin.load as (id: string) => Promise<unknown>;
    expect(await load.call({}, join(root, 'ROADMAP.md'))).toBeNull();
    expect(await load.call({}, join(root, 'ROADMAP.md?raw'))).toBeNull();
  });
});
