'use client';
import type { Progress } from '../../model/phaseProgress.js';
import type { SlotProps } from '../../theme/slots.js';
import type { PhaseCardSlot } from './PhaseCard.slots.js';
import type { PhaseCardDefaultLabels } from './phaseCardDefaultLabels.js';

interface PhaseCardProgressProps {
  progress: Progress;
  /** Version and title, for the bar's accessible name. */
  phaseName: string;
  slot: (name: PhaseCardSlot) => SlotProps;
  labels: PhaseCardDefaultLabels;
}

/**
 * Done over in-scope items as a `role="progressbar"` and as text; "No items" instead when nothing
 * is in scope (DESIGN.md: not 0 %).
 */
export function PhaseCardProgress({ progress, phaseName, slot, labels }: PhaseCardProgressProps) {
  if (progress.ratio === undefined) {
    return (
      <div {...slot('progress')} data-state="empty">
        <span {...slot('progressText')}>{labels.noItems()}</span>
      </div>
    );
  }
  const text = labels.progress(progress.done, progress.total);
  return (
    <div {...slot('progress')} style={{ '--rk-phase-card-progress': progress.ratio }}>
      <div
        {...slot('progressTrack')}
        role="progressbar"
        aria-label={labels.progressOf(phaseName)}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
      >
        <div {...slot('progressFill')} />
      </div>
      <span {...slot('progressText')}>{text}</span>
    </div>
  );
}
