'use client';
import { useId } from 'react';
import { STATUS_ICONS } from '../StatusBadge/statusIcons.js';
import { STATUSES } from '../../model/types.js';
import type { RoadmapLayout } from './RoadmapView.slots.js';
import type { RoadmapViewPartProps } from './roadmapViewContext.js';

const LAYOUTS: RoadmapLayout[] = ['page', 'table'];

/**
 * Text search, status checkboxes and the layout switcher. They drive every part of the view, and
 * a polite live region says how many phases remain, so screen-reader users hear the effect.
 */
export function RoadmapFilterBar({
  view,
  slot,
  labels,
  layout,
  onLayoutChange,
}: RoadmapViewPartProps & { layout: RoadmapLayout; onLayoutChange: (layout: RoadmapLayout) => void }) {
  const searchId = useId();
  const { filter, setFilter } = view;
  const toggleStatus = (status: (typeof STATUSES)[number], checked: boolean) => {
    const statuses = new Set(filter.statuses);
    if (checked) statuses.add(status);
    else statuses.delete(status);
    setFilter({ ...filter, statuses: STATUSES.filter((s) => statuses.has(s)) });
  };
  return (
    <div {...slot('filters')}>
      <div {...slot('search')}>
        <label htmlFor={searchId}>{labels.search()}</label>
        <input
          {...slot('searchInput')}
          id={searchId}
          type="search"
          value={filter.text ?? ''}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
        />
      </div>
      <fieldset {...slot('statusFilter')}>
        <legend>{labels.statusFilter()}</legend>
        {STATUSES.map((status) => (
          <label key={status} {...slot('statusOption')} data-status={status}>
            <input type="checkbox" checked={filter.statuses?.includes(status) ?? false} onChange={(event) => toggleStatus(status, event.target.checked)} />
            <span aria-hidden="true">{STATUS_ICONS[status]}</span> {labels.status(status)}
          </label>
        ))}
      </fieldset>
      <fieldset {...slot('layoutSwitcher')}>
        <legend>{labels.layoutSwitcher()}</legend>
        {LAYOUTS.map((option) => (
          <button key={option} {...slot('layoutButton')} type="button" aria-pressed={layout === option} onClick={() => onLayoutChange(option)}>
            {labels.layoutName(option)}
          </button>
        ))}
      </fieldset>
      <p {...slot('announcement')} aria-live="polite">
        {labels.phasesShown(view.visiblePhases.length, view.phases.length)}
      </p>
    </div>
  );
}
