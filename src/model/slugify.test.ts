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

  it('cuts a long title at a word without leaving a dash at the end', () => {
    // 63 letters, then a word: the dash before it would be the 64th character.
    expect(slugify(`${'a'.repeat(63)} Second word`)).toBe('a'.repeat(63));
    expect(slugify(`${'b'.repeat(62)} Cd ef`)).toBe(`${'b'.repeat(62)}-c`);
    expect(slugify('Ship the ÉLAN release: sign-in, export & “sharing” for every team in the organisation')).toBe('ship-the-elan-release-sign-in-export-sharing-for-every-team-in-t');
  });
});
