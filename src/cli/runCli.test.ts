import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from './cliIo.js';
import { runCli } from './runCli.js';

/** Files from disk; `-` reads `stdin` (chunks of bytes, or strings encoded as UTF-8). */
function createTestIo(stdin: Iterable<Uint8Array | string> = []): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    openInput: (path: string): AsyncIterable<Uint8Array> =>
      path === '-'
        ? (async function* () {
            for (const chunk of stdin) yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
          })()
        : createReadStream(path),
    readFile: (path: string) => readFile(path, 'utf8'),
    writeFile: (path: string, text: string) => writeFile(path, text, 'utf8'),
  };
  return io;
}

const ROADMAP = `# Acme Roadmap

## v1.0 - Launch (Q1 2026) ✅

- Login
- [Docs](javascript:alert(1))

## v1.1 - Teams (Q2 2026)

- [x] Invites
- [ ] Roles

## Success Metrics

- <100ms p95 latency

## Release Schedule

- **Minor Releases**: Every 2 months

## Contributing

Open a pull request.
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-kit-cli-'));
  writeFileSync(join(dir, 'ROADMAP.md'), ROADMAP);
  return dir;
}

describe('roadmap-kit inspect', () => {
  it('prints phases, metrics, cadences and diagnostics with file and line', async () => {
    const dir = workspace();
    const io = createTestIo();
    const file = join(dir, 'ROADMAP.md');
    expect(await runCli(['inspect', file, '--now', '2026-03-15'], io)).toEqual(0);
    expect(io.out).toEqual(
      [
        'Acme Roadmap',
        '',
        'Phases (2)',
        '  v1.0 Launch',
        '    Q1 2026 (2026-01-01 – 2026-03-31) · done · 2/2 done · 2 items',
        '  v1.1 Teams',
        '    Q2 2026 (2026-04-01 – 2026-06-30) · in-progress · 1/2 done · 2 items',
        '',
        'Metrics (1)',
        '  p95 latency: < 100 ms',
        '',
        'Cadences (1)',
        '  Minor releases: every 2 months',
        '',
        'Diagnostics (2)',
        `  ${file}:6: warning: link "javascript:alert(1)" dropped (only http(s), mailto and relative URLs are kept)`,
        `  ${file}:21: info: section "Contributing" is not a phase and was kept out of the roadmap`,
        '',
      ].join('\n'),
    );
  });

  it('exits 1 naming the file when it cannot be read', async () => {
    const io = createTestIo();
    expect(await runCli(['inspect', join(tmpdir(), 'no-such-roadmap.md')], io)).toEqual(1);
    expect(io.err).toEqual(`roadmap-kit: cannot read ${join(tmpdir(), 'no-such-roadmap.md')} (ENOENT)\n`);
  });
});

describe('roadmap-kit convert', () => {
  it('writes the roadmap JSON to -o and diagnostics to stderr, exiting 0 despite warnings', async () => {
    const dir = workspace();
    const io = createTestIo();
    const out = join(dir, 'roadmap.json');
    expect(await runCli(['convert', join(dir, 'ROADMAP.md'), '-o', out, '--now', '2026-03-15'], io)).toEqual(0);
    const roadmap = JSON.parse(readFileSync(out, 'utf8'));
    expect([roadmap.title, roadmap.phases.length, io.out, io.err.split('\n').length]).toEqual(['Acme Roadmap', 2, '', 3]);
  });

  it('writes JSON to stdout and fails on warnings with --strict', async () => {
    const dir = workspace();
    const io = createTestIo();
    expect(await runCli(['convert', join(dir, 'ROADMAP.md'), '--strict'], io)).toEqual(1);
    expect([JSON.parse(io.out).metrics[0].target, io.err.endsWith('roadmap-kit: 1 warning (--strict)\n')]).toEqual([100, true]);
  });

  it('exits 2 on a usage error', async () => {
    const io = createTestIo();
    expect(await runCli(['convert', '--bogus'], io)).toEqual(2);
    expect(await runCli(['convert'], io)).toEqual(2);
  });
});

describe('roadmap-kit validate', () => {
  it('accepts what convert wrote', async () => {
    const dir = workspace();
    const out = join(dir, 'roadmap.json');
    await runCli(['convert', join(dir, 'ROADMAP.md'), '-o', out], createTestIo());
    const io = createTestIo();
    expect(await runCli(['validate', out], io)).toEqual(0);
    expect(io.out).toEqual(`${out}: valid roadmap (2 phases, 1 metrics, 1 cadences)\n`);
  });

  it('lists each problem with its path and exits 1', async () => {
    const dir = workspace();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ title: 'X', phases: [{ title: 'A', when: { start: '2026-13-01', end: '2026-01-31', precision: 'month' } }] }));
    const io = createTestIo();
    expect(await runCli(['validate', file], io)).toEqual(1);
    expect(io.err).toEqual(`${file}: phases[0].when.start: "2026-13-01" is not a date (expected YYYY-MM-DD)\n1 problem\n`);
  });

  it('exits 1 on invalid JSON', async () => {
    const dir = workspace();
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ nope');
    const io = createTestIo();
    expect(await runCli(['validate', file], io)).toEqual(1);
    expect(io.err.startsWith(`${file}: invalid JSON (`)).toEqual(true);
  });
});

describe('roadmap-kit --help', () => {
  it.each(['inspect', 'convert', 'validate'])('documents %s', async (command) => {
    const io = createTestIo();
    expect(await runCli([command, '--help'], io)).toEqual(0);
    expect(io.out.startsWith(`Usage: roadmap-kit ${command}`)).toEqual(true);
  });

  it('lists the commands, and exits 2 for an unknown one', async () => {
    const io = createTestIo();
    expect(await runCli(['--help'], io)).toEqual(0);
    expect(io.out.includes('inspect FILE.md')).toEqual(true);
    expect(await runCli(['publish'], createTestIo())).toEqual(2);
  });
});

describe('roadmap-kit on hostile input (#14)', () => {
  it('reads standard input for -, naming it <stdin> in diagnostics', async () => {
    const io = createTestIo([ROADMAP.slice(0, 100), ROADMAP.slice(100)]);
    expect(await runCli(['inspect', '-', '--now', '2026-03-15'], io)).toEqual(0);
    expect(io.out).toContain('  v1.1 Teams\n');
    expect(io.out).toContain('  <stdin>:6: warning: link "javascript:alert(1)" dropped');
  });

  it('converts standard input to JSON on stdout', async () => {
    const io = createTestIo([ROADMAP]);
    expect(await runCli(['convert', '-'], io)).toEqual(0);
    expect(JSON.parse(io.out).phases.map((phase: { version: string }) => phase.version)).toEqual(['v1.0', 'v1.1']);
  });

  it('refuses input over 5 MB with exit code 1, after reading no more than the limit and one chunk', async () => {
    let chunksRead = 0;
    const megabyte = new Uint8Array(1024 * 1024).fill(0x61);
    // An endless input: reading it whole would never end.
    const endless = {
      *[Symbol.iterator]() {
        for (;;) {
          chunksRead += 1;
          yield megabyte;
        }
      },
    };
    const io = createTestIo(endless);
    expect(await runCli(['inspect', '-'], io)).toEqual(1);
    expect(io.err).toEqual('roadmap-kit: cannot read <stdin> (it is larger than 5 MB, the most roadmap-kit reads)\n');
    expect(io.out).toEqual('');
    expect(chunksRead).toEqual(6);
  });

  it('refuses a file over 5 MB too', async () => {
    const dir = workspace();
    const file = join(dir, 'huge.md');
    writeFileSync(file, `# Huge\n\n${'- item\n'.repeat(800_000)}`);
    const io = createTestIo();
    expect(await runCli(['convert', file], io)).toEqual(1);
    expect(io.err).toEqual(`roadmap-kit: cannot read ${file} (it is larger than 5 MB, the most roadmap-kit reads)\n`);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so, at the line of the first such byte', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('# Caf'), 0xe9, ...new TextEncoder().encode(' Roadmap\n\n## v1.0 - Cr'), 0xe8, ...new TextEncoder().encode('me (Q1 2026)\n\n- Login\n')]);
    const io = createTestIo([latin1]);
    expect(await runCli(['inspect', '-', '--now', '2026-03-15'], io)).toEqual(0);
    expect(io.out.split('\n').slice(0, 4)).toEqual(['Café Roadmap', '', 'Phases (1)', '  v1.0 Crème']);
    expect(io.out).toContain('Diagnostics (1)\n  <stdin>:1: warning: the file is not UTF-8 (byte 0xE9 at offset 5): read as Windows-1252; save it as UTF-8 to be sure of every character\n');
  });

  it('counts the encoding warning under --strict', async () => {
    const io = createTestIo([Uint8Array.from([0x23, 0x20, 0x52, 0xe9, 0x0a])]);
    expect(await runCli(['convert', '-', '--strict'], io)).toEqual(1);
    expect(io.err).toContain('<stdin>:1: warning: the file is not UTF-8');
  });

  it('prints no escape sequence or control character from the document, in the summary, the diagnostics or errors', async () => {
    const hostile = '# Acme \u001b]0;pwned\u0007Roadmap\u001b[2J\n\n## v1.0 - Launch\u001b[31m red\u001b[0m (Q1 2026)\n\n- Login\r\u009b31m\n\n## Credits \u001b[5m\n\nThanks.\n';
    const io = createTestIo([hostile]);
    expect(await runCli(['inspect', '-', '--now', '2026-03-15'], io)).toEqual(0);
    const controls = [...io.out].filter((character) => character !== '\n' && character !== '\t' && /\p{Cc}/u.test(character));
    expect(controls).toEqual([]);
    expect(io.out.split('\n').slice(0, 4)).toEqual(['Acme Roadmap', '', 'Phases (1)', '  v1.0 Launch red']);
    const missing = createTestIo();
    expect(await runCli(['validate', join(tmpdir(), 'no-such-\u001b[2J-file.json')], missing)).toEqual(1);
    expect(missing.err).toEqual(`roadmap-kit: cannot read ${join(tmpdir(), 'no-such--file.json')} (ENOENT)\n`);
  });

  it('keeps control characters in the JSON as escapes, so the data survives and the terminal sees none', async () => {
    const io = createTestIo(['# Acme\u0085Roadmap\n\n## v1.0 - Launch (Q1 2026)\n\n- Login\n']);
    expect(await runCli(['convert', '-'], io)).toEqual(0);
    expect(io.out).toContain('"title": "Acme\\u0085Roadmap"');
    expect(JSON.parse(io.out).title).toEqual('Acme\u0085Roadmap');
  });
});
