// Vitest setup for the runs in UTC: notes every read of the clock's time zone and fails a suite that
// reads it without being listed in scripts/zoneSensitive.ts (so it would never run in another zone).
import { relative } from 'node:path';
import { afterAll, expect } from 'vitest';
import { isZoneSensitive } from './zoneSensitive.js';

type Patched = typeof globalThis & { __zoneReads?: Set<string> };
const state = globalThis as Patched;
const LOCAL_METHODS = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getTimezoneOffset']
  .concat(['setFullYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'toDateString', 'toTimeString', 'toLocaleDateString', 'toLocaleString', 'toLocaleTimeString']);
const ZONELESS_DATE_TIME = /T\d\d:\d\d(:\d\d(\.\d+)?)?$/;

// The worker keeps its globals between suites: patch once. This file runs again before each suite.
if (!state.__zoneReads) {
  const reads = new Set<string>();
  state.__zoneReads = reads;
  const prototype = Date.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of LOCAL_METHODS) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    prototype[name] = function (this: Date, ...args: unknown[]) {
      reads.add(`Date#${name}`);
      return original.apply(this, args);
    };
  }
  globalThis.Date = new Proxy(Date, {
    construct(target, args) {
      if (args.length >= 2 || (typeof args[0] === 'string' && ZONELESS_DATE_TIME.test(args[0]))) reads.add('new Date(local time)');
      return Reflect.construct(target, args);
    },
  });
  const zoneless = (args: unknown[]) => !(args[1] as Intl.DateTimeFormatOptions | undefined)?.timeZone;
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
    construct(target, args) {
      if (zoneless(args)) reads.add('Intl.DateTimeFormat without timeZone');
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      if (zoneless(args)) reads.add('Intl.DateTimeFormat without timeZone');
      return Reflect.apply(target, self, args);
    },
  });
}

state.__zoneReads?.clear();
afterAll(() => {
  const path = relative(process.cwd(), expect.getState().testPath ?? '');
  const reads = [...(state.__zoneReads ?? [])];
  if (reads.length > 0 && !isZoneSensitive(path)) {
    throw new Error(`${path} reads the clock's time zone (${reads.join(', ')}) but is not in scripts/zoneSensitive.ts, so it never runs in another zone`);
  }
});
