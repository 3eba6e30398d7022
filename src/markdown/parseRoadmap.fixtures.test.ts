import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../model/roadmap.schema.json';
import { bucketsAndGatesDiagnostics, bucketsAndGatesMarkdown, bucketsAndGatesRoadmap } from './fixtures/bucketsAndGates.js';
import { milestonesWithCriteriaDiagnostics, milestonesWithCriteriaMarkdown, milestonesWithCriteriaRoadmap } from './fixtures/milestonesWithCriteria.js';
import { nowNextLaterDiagnostics, nowNextLaterMarkdown, nowNextLaterRoadmap } from './fixtures/nowNextLater.js';
import { numberedPhasesDiagnostics, numberedPhasesMarkdown, numberedPhasesRoadmap } from './fixtures/numberedPhases.js';
import { roadmapInReadmeDiagnostics, roadmapInReadmeMarkdown, roadmapInReadmeRoadmap } from './fixtures/roadmapInReadme.js';
import { quarterEmojiDiagnostics, quarterEmojiMarkdown, quarterEmojiRoadmap } from './fixtures/quarterEmoji.js';
import { statusBucketsDiagnostics, statusBucketsMarkdown, statusBucketsRoadmap } from './fixtures/statusBuckets.js';
import { releasesByQuarterDiagnostics, releasesByQuarterMarkdown, releasesByQuarterRoadmap } from './fixtures/releasesByQuarter.js';
import { tableDrivenDiagnostics, tableDrivenMarkdown, tableDrivenRoadmap } from './fixtures/tableDriven.js';
import { parseRoadmap } from './parseRoadmap.js';

const fixtures = [
  { style: 'releases with quarters', markdown: releasesByQuarterMarkdown, roadmap: releasesByQuarterRoadmap, diagnostics: releasesByQuarterDiagnostics },
  { style: 'numbered phases with checklists', markdown: numberedPhasesMarkdown, roadmap: numberedPhasesRoadmap, diagnostics: numberedPhasesDiagnostics },
  { style: 'milestones with success criteria', markdown: milestonesWithCriteriaMarkdown, roadmap: milestonesWithCriteriaRoadmap, diagnostics: milestonesWithCriteriaDiagnostics },
  { style: 'quarter headings with emoji', markdown: quarterEmojiMarkdown, roadmap: quarterEmojiRoadmap, diagnostics: quarterEmojiDiagnostics },
  { style: 'Now / Next / Later', markdown: nowNextLaterMarkdown, roadmap: nowNextLaterRoadmap, diagnostics: nowNextLaterDiagnostics },
  { style: 'table-driven', markdown: tableDrivenMarkdown, roadmap: tableDrivenRoadmap, diagnostics: tableDrivenDiagnostics },
  { style: 'status buckets with epics as headings', markdown: statusBucketsMarkdown, roadmap: statusBucketsRoadmap, diagnostics: statusBucketsDiagnostics },
  { style: 'a README with a roadmap section', markdown: roadmapInReadmeMarkdown, roadmap: roadmapInReadmeRoadmap, diagnostics: roadmapInReadmeDiagnostics },
  { style: 'release buckets and gates', markdown: bucketsAndGatesMarkdown, roadmap: bucketsAndGatesRoadmap, diagnostics: bucketsAndGatesDiagnostics },
];

const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);

describe.each(fixtures)('a roadmap written as $style', ({ markdown, roadmap, diagnostics }) => {
  it('reads into exactly the expected model', () => {
    expect(parseRoadmap(markdown, { now: '2026-03-15' }).roadmap).toEqual(roadmap);
  });

  it('reports exactly what it left out', () => {
    expect(parseRoadmap(markdown, { now: '2026-03-15' }).diagnostics).toEqual(diagnostics);
  });

  it('converts to JSON that the published schema accepts', () => {
    const json = JSON.parse(JSON.stringify(parseRoadmap(markdown, { now: '2026-03-15' }).roadmap));
    expect([validateSchema(json), validateSchema.errors ?? []]).toEqual([true, []]);
  });

  it('reads the same with CRLF line endings and a byte-order mark', () => {
    const windows = `\ufeff${markdown.replace(/\n/g, '\r\n')}`;
    expect(parseRoadmap(windows, { now: '2026-03-15' })).toEqual({ roadmap, diagnostics });
  });
});
