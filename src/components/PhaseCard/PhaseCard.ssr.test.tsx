import { renderToString } from 'react-dom/server';
import { generateLongPhase } from '../../examples/generateLongPhase.js';
import { numberedPhases } from '../../examples/numberedPhases.js';
import type { Phase } from '../../model/types.js';
import { PhaseCard } from './PhaseCard.js';

describe('PhaseCard on the server', () => {
  it('renders heading, dates, progress, open groups and metrics without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<PhaseCard phase={numberedPhases.phases[1]!} headingLevel={2} />);
    expect(html).toMatch(/<h2 [^>]*><span [^>]*>Phase 1<\/span> <span [^>]*>Beta Release<\/span><\/h2>/);
    expect(html).toContain('Q2 2025');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuetext="4 of 7 done"');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('Tamper-evident audit trail');
    expect(html).toContain('Success metrics');
    expect(html).toContain('role="meter"');
  });

  it('renders the collapsed groups of a long phase without their items', () => {
    const html = renderToString(<PhaseCard phase={generateLongPhase(200)} />);
    // Seven closed groups, and the three open ones each behind a "Show all 20" (issue 12).
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(10);
    expect(html.match(/Show all 20/g)).toHaveLength(3);
    expect(html).toContain('Deliverable 45');
    expect(html).not.toContain('Deliverable 46<');
    expect(html).not.toContain('Deliverable 61<');
    expect(html.match(/ hidden=""/g)).toHaveLength(7);
  });

  it('renders the problems of an invalid phase', () => {
    const html = renderToString(<PhaseCard phase={{ title: 7 } as unknown as Phase} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('This phase could not be shown');
  });
});
