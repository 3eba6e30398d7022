// `npx playwright test -c e2e/hosts.config.mjs` with ROADMAP_KIT_HOSTS set to the folder where
// scripts/hostApps/index.mjs installed the packed tarball (react-19/ and react-18/, each with the
// fixture apps): the consumer and host-app checks, each a test. Each spec builds its app in a test,
// then serves it with the host's own Vite (preview or dev server) or starts its own server.
import { defineConfig } from '@playwright/test';
import { e2eConfig } from './base.config.mjs';

export default defineConfig(e2eConfig({ testMatch: 'hosts/*.spec.mjs', timeout: 120_000, use: { viewport: { width: 1024, height: 900 } } }));
