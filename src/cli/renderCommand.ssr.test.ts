import type { CliIo } from './cliIo.js';
import { runCli } from './runCli.js';

const ROADMAP = `# Garden Roadmap

## v1.0 - Seeds (Q1 2026) ✅

- [x] Tomatoes
- [x] Basil

## v1.1 - Sprouts (Q2 2026)

### Watering
- [x] Drip line
- [ ] Rain barrel
`;

/** An in-memory CliIo: ROADMAP.md and the stylesheet (whatever its path) to read, files written kept. */
function createIo() {
  const written = new Map<string, string>();
  const io: CliIo & { out: string; err: string; written: Map<string, string> } = {
    out: '',
    err: '',
    written,
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    openInput: (path) =>
      (async function* () {
        if (path !== 'ROADMAP.md') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        yield new TextEncoder().encode(ROADMAP);
      })(),
    readFile: async (path) => {
      if (path.endsWith('styles.css')) return '.rk-root{--marker:stylesheet}';
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    writeFile: async (path, text) => {
      written.set(path, text);
    },
  };
  return io;
}

describe('roadmap-kit render', () => {
  it('writes one HTML document with the stylesheet inline, no script, every phase and item, and contents links', async () => {
    const io = createIo();
    expect(await runCli(['render', 'ROADMAP.md', '-o', 'roadmap.html', '--scheme', 'dark', '--now', '2026-05-02'], io)).toBe(0);
    const html = io.written.get('roadmap.html') ?? '';
    expect(html.startsWith('<!doctype html>\n<html lang="en" data-color-scheme="dark">')).toBe(true);
    expect(html).toContain('<style>.rk-root{--marker:stylesheet}</style>');
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http/);
    expect(html).toContain('<title>Garden Roadmap</title>');
    expect(html).toMatch(/<h1[^>]*>Garden Roadmap<\/h1>/);
    for (const text of ['Tomatoes', 'Basil', 'Drip line', 'Rain barrel', 'Watering']) expect(html).toContain(text);
    expect(html).toContain('<a href="#phase-v1-0-seeds">v1.0 Seeds</a>');
    expect(html).toContain('id="phase-v1-0-seeds"');
    expect(html).toContain('<time dateTime="2026-05-02">');
    expect(io.out).toBe('');
  });

  it('writes to stdout without -o, in the auto scheme by default', async () => {
    const io = createIo();
    expect(await runCli(['render', 'ROADMAP.md', '--now', '2026-05-02'], io)).toBe(0);
    expect(io.out).toContain('data-color-scheme="auto"');
    expect(io.out).toContain('<meta name="color-scheme" content="light dark"/>');
  });

  it('rejects an unknown scheme or a malformed --now as usage errors, and a missing file with 1', async () => {
    const io = createIo();
    expect(await runCli(['render', 'ROADMAP.md', '--scheme', 'sepia'], io)).toBe(2);
    expect(io.err).toContain('--scheme takes light, dark or auto, not "sepia"');
    expect(await runCli(['render', 'ROADMAP.md', '--now', 'soon'], io)).toBe(2);
    expect(await runCli(['render', 'MISSING.md'], io)).toBe(1);
    expect(io.written.size).toBe(0);
  });
});
