/** The fixed "today" every example, story and test uses, so they render the same on any day. */
export const EXAMPLE_NOW = '2026-03-15';
