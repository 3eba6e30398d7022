import { isNotPhaseSection, isPresentSection, namesRoadmap, NOT_PHASE_SECTIONS, PRESENT_SECTIONS, ROADMAP_NAMES } from './sections.js';

function written(entry: string): string {
  const word = entry.endsWith('*') ? `${entry.slice(0, -1)}ing` : entry;
  return `📘 ${word[0]!.toUpperCase()}${word.slice(1)}`;
}

describe('NOT_PHASE_SECTIONS', () => {
  it('has no entry twice', () => {
    expect(new Set(NOT_PHASE_SECTIONS).size).toBe(NOT_PHASE_SECTIONS.length);
  });

  it.each(NOT_PHASE_SECTIONS.map((entry) => [entry]))('keeps a section headed "%s" out of the phases', (entry) => {
    expect(isNotPhaseSection(written(entry))).toBe(true);
  });

  it('matches whole words, except for stems and scripts written without spaces', () => {
    expect(['How to contribute', 'Contributors', 'Lizenz', '如何贡献', 'Обновлённые приоритеты'].map(isNotPhaseSection)).toEqual([true, true, true, true, true]);
    expect(['Aboutness engine', 'Runtime', 'Teamwork features', 'Search'].map(isNotPhaseSection)).toEqual([false, false, false, false]);
  });
});

describe('PRESENT_SECTIONS', () => {
  it.each(PRESENT_SECTIONS.map((entry) => [entry]))('reads a section headed "%s" as the present, not a phase', (entry) => {
    expect(isPresentSection(written(entry))).toBe(true);
  });

  it('is kept apart from the sections about the project', () => {
    expect(PRESENT_SECTIONS.filter((entry) => NOT_PHASE_SECTIONS.includes(entry))).toEqual([]);
    expect(['Current status', 'Known limitations', 'Currently shipping'].map(isPresentSection)).toEqual([true, true, false]);
  });
});

describe('ROADMAP_NAMES', () => {
  it.each(ROADMAP_NAMES.map((entry) => [entry]))('names the roadmap section "%s"', (entry) => {
    expect(namesRoadmap(`🗺️ Project ${entry}`)).toBe(true);
  });

  it('does not name other sections', () => {
    expect(['Roadmapping tools', 'Installation'].map(namesRoadmap)).toEqual([false, false]);
  });
});
