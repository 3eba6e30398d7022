import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fails the running test when anything logs a console error or warning: under React's development
 * build those are how key, hydration, ARIA-prop and act() problems surface.
 */
export function failOnConsole(): void {
  let messages: string[] = [];
  beforeEach(() => {
    messages = [];
    for (const level of ['error', 'warn'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        messages.push(`console.${level}: ${args.map(String).join(' ')}`);
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (messages.length > 0) throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
  });
}
