import { readFrontMatter } from './frontMatter.js';

describe('readFrontMatter', () => {
  it('reads title, description and updated', () => {
    expect(readFrontMatter('title: "Acme Roadmap"\ndescription: What we build next\nupdated: 2026-02-04T10:00:00Z\ntags:\n  - a')).toEqual({
      title: 'Acme Roadmap',
      summary: 'What we build next',
      updated: '2026-02-04',
    });
  });

  it('reports an updated value that is not a date', () => {
    expect(readFrontMatter("last_updated: 'last week'")).toEqual({ badUpdated: 'last week' });
  });
});
