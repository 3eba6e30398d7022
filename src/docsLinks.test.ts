import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The README and docs/ are what a user reads first: every relative link and image in them must
// point at a file of the repository (the gallery's images, the component docs, the examples).
const root = resolve(__dirname, '..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

function relativeTargets(markdown: string): string[] {
  const targets = [...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#')).map((target) => target.split('#')[0]!);
}

describe('links in the README and docs/', () => {
  it.each(pages)('%s links only to files that exist', (page) => {
    const missing = relativeTargets(readFileSync(join(root, page), 'utf8')).filter((target) => !existsSync(join(root, dirname(page), target)));
    expect(missing).toEqual([]);
  });

  it('shows the gallery images in the README', () => {
    const images = relativeTargets(readFileSync(join(root, 'README.md'), 'utf8')).filter((target) => target.startsWith('docs/gallery/'));
    expect(images.length).toBeGreaterThanOrEqual(7);
  });
});
