'use client';
import { useCallback } from 'react';
import type { TimelineZoom } from '../../dates/timeScale.js';
import { TIMELINE_ZOOMS } from '../../dates/timeScale.js';
import { useControllableState } from './useControllableState.js';

/**
 * The timeline's zoom, controlled or not, and `zoomBy`: one level finer (-1) or coarser (+1),
 * staying put at either end.
 */
export function useTimelineZoom(options: { zoom?: TimelineZoom; defaultZoom?: TimelineZoom; onZoomChange?: (zoom: TimelineZoom) => void }) {
  const [zoom, setZoom] = useControllableState({ value: options.zoom, defaultValue: options.defaultZoom ?? 'quarter', onChange: options.onZoomChange, name: 'zoom' });
  const zoomBy = useCallback(
    (step: number) => {
      const next = TIMELINE_ZOOMS[TIMELINE_ZOOMS.indexOf(zoom) + step];
      if (next) setZoom(next);
    },
    [zoom, setZoom],
  );
  return { zoom, setZoom, zoomBy };
}
