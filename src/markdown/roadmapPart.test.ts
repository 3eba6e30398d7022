import { parseRoadmap } from './parseRoadmap.js';

const now = '2026-03-15';

const readme = `# Orbit

A sync engine.

## Installation

- npm install orbit

## Usage

- orbit sync

## Roadmap

[✓] Offline mode

[x] Conflict view

[ ] Sharing

## Contributing

- Open a pull request
`;

describe('a roadmap inside a README', () => {
  it('reads only the roadmap section, checkbox lines written as paragraphs included', () => {
    const { roadmap, diagnostics } = parseRoadmap(readme, { now });
    expect(roadmap.phases.map((phase) => [phase.title, phase.status, phase.groups.flatMap((group) => group.items.map((item) => [item.title, item.status]))])).toEqual([
      [
        'Roadmap',
        'in-progress',
        [
          ['Offline mode', 'done'],
          ['Conflict view', 'done'],
          ['Sharing', 'planned'],
        ],
      ],
    ]);
    expect(diagnostics.filter((diagnostic) => diagnostic.message.includes('outside the roadmap part')).map((diagnostic) => diagnostic.line)).toEqual([5, 9, 21]);
  });

  it('does not apply when a phase stands outside the roadmap section', () => {
    const { roadmap } = parseRoadmap('# Orbit\n\n## Roadmap overview\n\nWhere we go.\n\n## v1.0 - Launch\n- a\n\n## v2.0 - Scale\n- b\n', { now });
    expect(roadmap.phases.map((phase) => phase.title)).toEqual(['Launch', 'Scale']);
  });
});
