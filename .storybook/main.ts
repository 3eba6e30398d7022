import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // react-docgen (the default) reads the TSDoc on props; react-docgen-typescript needs TS's JS API, which TS 7 lacks.
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
