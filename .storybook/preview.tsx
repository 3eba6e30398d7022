import type { Preview } from '@storybook/react-vite';
import '../src/theme/base.css';
import { roadmapGlobalTypes, withRoadmapGlobals } from './withRoadmapGlobals.js';

// Storybook shows the same stylesheet the package ships: base tokens plus every component's CSS.
import.meta.glob('../src/components/**/*.css', { eager: true });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // axe runs on every story and a violation fails `npm test` (WCAG 2.1 A/AA + best practice).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
      config: {
        rules: [
          // Isolated components are not pages: page-level rules are set aside, as DESIGN.md says.
          { id: 'region', enabled: false },
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
    },
    controls: { expanded: true },
    // The phone width every story must fit without scrolling sideways (the Vitest story runs use it).
    viewport: { options: { phone360: { name: 'Phone 360', styles: { width: '360px', height: '800px' }, type: 'mobile' } } },
  },
  tags: ['autodocs'],
  decorators: [withRoadmapGlobals],
  globalTypes: roadmapGlobalTypes,
  initialGlobals: { brand: 'default', scheme: 'light', locale: 'en-US', direction: 'ltr' },
};

export default preview;
