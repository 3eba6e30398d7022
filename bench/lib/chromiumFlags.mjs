// The one place that says which Chromium runs the browser tests, sweeps and benchmarks: Debian's
// (never a downloaded one), with the flags this sandboxed, offline machine needs.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these, Chromium keeps calling home on a network that refuses it.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
