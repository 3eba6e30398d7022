import { beforeAll } from 'vitest';

/**
 * Tells React that every suite runs in an act() environment, as Testing Library does when it is
 * loaded. Its own beforeAll is registered once per module load, and the suites of a worker share
 * their loaded modules (isolate: false in vitest.config.ts), so only a worker's first suite would
 * get it: a later one calling act() would log "not configured to support act(...)". Call from a setup file.
 */
export function actEnvironmentPerSuite(): void {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
}
