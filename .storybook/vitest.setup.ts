import { failOnConsole } from '../src/test-utils/failOnConsole.js';

// addon-vitest applies the preview (and addon-a11y's axe run) by itself since Storybook 10.3.
failOnConsole();
