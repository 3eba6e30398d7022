'use client';
import { formatSpan } from '../../i18n/formatSpan.js';
import { getPhaseNameParts } from '../../model/phaseName.js';
import { StatusBadge } from '../StatusBadge/StatusBadge.js';
import { RoadmapTableHead } from './RoadmapTableHead.js';
import { RoadmapTableScroll } from './RoadmapTableScroll.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

/**
 * The whole roadmap as one data table — phase, version, dates, status, progress and items — the
 * fallback screen-reader users and printouts want. Row headers are the phase titles, so every cell
 * is announced with its phase.
 */
export function RoadmapTable({ view, slot, labels, locale, unstyled }: RoadmapViewPartProps) {
  const columns = ['phase', 'version', 'dates', 'status', 'progress', 'items'] as const;
  return (
    <RoadmapTableScroll slot={slot} label={labels.tableRegion(view.roadmap!.title)}>
      <table {...slot('table')}>
        <caption>{view.roadmap!.title}</caption>
        <RoadmapTableHead columns={columns} labels={labels} />
        <tbody>
          {view.visiblePhases.map(({ phase, progress }) => (
            <tr key={phase.id} data-status={phase.status}>
              {/* A title that is only its version is its row header; the version cell does not repeat it. */}
              <th scope="row">{getPhaseNameParts(phase).title}</th>
              <td>{getPhaseNameParts(phase).version}</td>
              <td>{phase.when ? formatSpan(phase.when, locale) : phase.timeframe}</td>
              <td>
                <StatusBadge status={phase.status} labels={labels} unstyled={unstyled} />
              </td>
              <td>{progress.total === 0 ? labels.noItems() : labels.progress(progress.done, progress.total)}</td>
              <td>
                <ul {...slot('tableItems')}>
                  {phase.groups.flatMap((group) =>
                    group.items.map((item) => (
                      <li key={item.id} data-status={item.status}>
                        {item.title} — {labels.status(item.status)}
                      </li>
                    )),
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </RoadmapTableScroll>
  );
}
