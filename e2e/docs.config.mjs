// `npx playwright test -c e2e/docs.config.mjs`: the props tables of the component docs pages, in Node.
import { defineConfig } from '@playwright/test';
import { e2eConfig } from './base.config.mjs';

export default defineConfig(e2eConfig({ testMatch: 'docsProps.spec.mjs' }));
