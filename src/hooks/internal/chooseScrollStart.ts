/** A run of text along the axis, in pixels from the axis start. */
export interface TextExtent {
  start: number;
  end: number;
}

/**
 * Where to scroll an axis so that the window `[s, s + visible]` sits as close to `target` as it can
 * without cutting any text in two at either edge ("duled", "Q2 20"), nor at the scroll box's own
 * edge `behind` pixels before the window (under a sticky corner, where the box clips a label the
 * reader cannot see anyway). Text wider than the window is ignored: nothing can save it. Earlier
 * positions win ties, so the reader sees what led up to today.
 * @example chooseScrollStart(500, 300, 2000, [{ start: 480, end: 540 }]) // 480
 */
export function chooseScrollStart(target: number, visible: number, max: number, texts: readonly TextExtent[], behind = 0): number {
  const limit = Math.max(0, max);
  const clamp = (value: number) => Math.min(limit, Math.max(0, value));
  const fitting = texts.filter((text) => text.end - text.start < visible);
  const across = (edge: number, text: TextExtent) => edge > text.start + 0.5 && edge < text.end - 0.5;
  const cuts = (s: number) => fitting.some((text) => across(s, text) || across(s + visible, text) || (behind > 0 && across(s - behind, text)));
  const wanted = clamp(target);
  if (!cuts(wanted)) return wanted;
  const edges = [0, visible, ...(behind > 0 ? [-behind] : [])];
  const candidates = [0, limit, ...fitting.flatMap((text) => edges.flatMap((edge) => [text.start - edge, text.end - edge]).map(clamp))];
  let best: number | undefined;
  for (const candidate of candidates) {
    if (cuts(candidate)) continue;
    const distance = Math.abs(candidate - wanted);
    const bestDistance = best === undefined ? Number.POSITIVE_INFINITY : Math.abs(best - wanted);
    if (distance < bestDistance || (distance === bestDistance && candidate < best!)) best = candidate;
  }
  return best ?? wanted;
}
