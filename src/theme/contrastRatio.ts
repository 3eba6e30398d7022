/** Parses `#rgb` or `#rrggbb` into 0–255 channels; anything else (named, `oklch()`, `var()`) gives `undefined`. */
export function parseHexColor(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

// WCAG 2.1 relative luminance: https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG contrast ratio of two hex colours, 1–21; `undefined` when either is not a hex colour.
 * @example contrastRatio('#ffffff', '#000000') // 21
 */
export function contrastRatio(a: string, b: string): number | undefined {
  const [first, second] = [parseHexColor(a), parseHexColor(b)];
  if (!first || !second) return undefined;
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#0b1020';

/**
 * White or near-black, whichever reads better on `fill`: what a host's custom accent gets as its
 * text colour when the theme gives none. `undefined` when `fill` is not a hex colour.
 */
export function readableTextOn(fill: string): string | undefined {
  const onLight = contrastRatio(DARK_TEXT, fill);
  const onDark = contrastRatio(LIGHT_TEXT, fill);
  if (onLight === undefined || onDark === undefined) return undefined;
  return onDark >= onLight ? LIGHT_TEXT : DARK_TEXT;
}
