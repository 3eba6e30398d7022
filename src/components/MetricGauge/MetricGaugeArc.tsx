'use client';
import type { SlotProps } from '../../theme/slots.js';

// A half circle of radius 40 centred on (50, 50), drawn from left to right; pathLength 100 lets the
// stylesheet fill it with `stroke-dashoffset: (1 - ratio) * 100`, which a CSS transition animates.
const ARC = 'M 10 50 A 40 40 0 0 1 90 50';

/** Where a 0–1 position on the arc lies, at `radius` from the centre. */
function pointOnArc(ratio: number, radius: number): [number, number] {
  const angle = Math.PI * (1 - ratio);
  return [50 + radius * Math.cos(angle), 50 - radius * Math.sin(angle)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Props of the radial variant's drawing. */
export interface MetricGaugeArcProps {
  /** Where the target marker sits, 0–1 along the arc. */
  targetRatio: number;
  /** Whether to draw the fill; without a value only the track and marker show. */
  hasValue: boolean;
  /** The gauge's slot getter, for classes and `data-slot`. */
  slot: (name: 'track' | 'fill' | 'marker' | 'visual') => SlotProps;
}

/** The radial variant's drawing: track, fill and target marker. Decorative; the root carries the meter. */
export function MetricGaugeArc({ targetRatio, hasValue, slot }: MetricGaugeArcProps) {
  const [x1, y1] = pointOnArc(targetRatio, 32);
  const [x2, y2] = pointOnArc(targetRatio, 48);
  return (
    <svg {...slot('visual')} viewBox="0 0 100 56" aria-hidden="true" focusable="false">
      <path {...slot('track')} d={ARC} pathLength={100} />
      {hasValue && <path {...slot('fill')} d={ARC} pathLength={100} />}
      <line {...slot('marker')} x1={round(x1)} y1={round(y1)} x2={round(x2)} y2={round(y2)} />
    </svg>
  );
}
