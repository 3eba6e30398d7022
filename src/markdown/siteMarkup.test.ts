import { parseRoadmap } from './parseRoadmap.js';
import { cleanSiteMarkup, isDetailsTag, summaryTitle } from './siteMarkup.js';

describe('site generator markup', () => {
  it('takes attribute lists and icon shortcodes out of a title, and reads emoji shortcodes', () => {
    expect(['v3.0 :white_check_mark: {#v3}', 'v4.0 :material-clock-outline: Plugins { .beta .green }', 'Sync {: .new }', 'Time: 10:30:00'].map(cleanSiteMarkup)).toEqual([
      'v3.0 ✅',
      'v4.0 Plugins',
      'Sync',
      'Time: 10:30:00',
    ]);
  });

  it('keeps a shortcode-like word that only every object has as written', () => {
    expect(cleanSiteMarkup('Parser :constructor: and :toString:')).toBe('Parser :constructor: and :toString:');
  });

  it('reads the title of a summary and tells details tags apart', () => {
    expect([summaryTitle('<details>\n<summary><b>v1.0 — Launch</b> ✅</summary>'), summaryTitle('<details>'), isDetailsTag('<details open>'), isDetailsTag('</details>'), isDetailsTag('<div>')]).toEqual([
      'v1.0 — Launch ✅',
      undefined,
      'open',
      'close',
      undefined,
    ]);
  });
});

describe('details blocks', () => {
  it('are sections titled by their summary, ending at </details>', () => {
    const markdown = '# R\n\n## Releases\n\n<details>\n<summary>v1.0 — Launch ✅</summary>\n\n- Login\n\n</details>\n\n<details open><summary>v2.0 — Sync</summary>\n\n- [ ] Conflicts\n\n</details>\n\nMore about releases.\n';
    const { roadmap, diagnostics } = parseRoadmap(markdown, { now: '2026-03-15' });
    expect(roadmap.phases.map((phase) => [phase.version, phase.title, phase.status, phase.groups.flatMap((group) => group.items.map((item) => item.title))])).toEqual([
      ['v1.0', 'Launch', 'done', ['Login']],
      ['v2.0', 'Sync', 'planned', ['Conflicts']],
    ]);
    expect(diagnostics).toEqual([{ line: 18, severity: 'info', message: 'text "More about releases." in "Releases" is not part of any phase and was left out' }]);
  });
});
