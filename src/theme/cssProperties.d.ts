import 'react';

declare module 'react' {
  // Runtime values (ratios, offsets, lanes) and theme tokens travel as --rk-* custom properties
  // on inline style; this lets them type-check.
  interface CSSProperties {
    [key: `--rk-${string}`]: string | number | undefined;
  }
}
