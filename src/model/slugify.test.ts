import { slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['v1.3.0 - Observability & Integrations', 'v1-3-0-observability-integrations'],
    ['Sécurité & Conformité', 'securite-conformite'],
    ['Größe', 'grosse'],
    ['  --Hello, World!--  ', 'hello-world'],
    ['🚀', 'item'],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('uses the fallback when nothing is left and caps the length at 64', () => {
    expect(slugify('!!!', 'phase')).toBe('phase');
    expect(slugify('a'.repeat(100))).toHaveLength(64);
  });
});
