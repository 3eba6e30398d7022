/** A run of text along the axis, in pixels from the axis start. */
export interface TextExtent {
  start: number;
  end: number;
}

/**
 * Where to scroll an axis so that the window `[s, s + visible]` sits as close to `target` as it can
 * without cutting any text in two at either edge ("duled", "Q2 20"). Text wider than the window is
 * ignored: nothing can save it. Earlier positions win ties, so the reader sees what led up to today.
 * @example chooseScrollStart(500, 300, 2000, [{ start: 480, end: 540 }]) // 480
 */
export function chooseScrollStart(target: number, visible: number, max: number, texts: readonly TextExtent[]): number {
  const limit = Math.max(0, max);
  const clamp = (value: number) => Math.min(limit, Math.max(0, value));
  const fitting = texts.filter((text) => text.end - text.start < visible);
  const cuts = (s: number) => fitting.some((text) => (s > text.start + 0.5 && s < text.end - 0.5) || (s + visible > text.start + 0.5 && s + visible < text.end - 0.5));
  const wanted = clamp(target);
  if (!cuts(wanted)) return wanted;
  const candidates = [0, limit, ...fitting.flatMap((text) => [text.start, text.end, text.start - visible, text.end - visible].map(clamp))];
  let best: number | undefined;
  for (const candidate of candidates) {
    if (cuts(candidate)) continue;
    const distance = Math.abs(candidate - wanted);
    const bestDistance = best === undefined ? Number.POSITIVE_INFINITY : Math.abs(best - wanted);
    if (distance < bestDistance || (distance === bestDistance && candidate < best!)) best = candidate;
  }
  return best ?? wanted;
}
