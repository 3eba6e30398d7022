import { kebabCase } from './kebabCase.js';

describe('kebabCase', () => {
  it('names slots, variables and stylesheets by one rule', () => {
    expect(['accentContrast', 'zoomButton', 'root', 'status-in-progress', 'ReleaseCalendar', 'MetricGauge'].map(kebabCase)).toEqual([
      'accent-contrast',
      'zoom-button',
      'root',
      'status-in-progress',
      'release-calendar',
      'metric-gauge',
    ]);
  });
});
