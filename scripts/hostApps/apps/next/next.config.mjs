import { fileURLToPath } from 'node:url';

// node_modules sits one folder up (the host-app suite installs once for several hosts).
const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('next').NextConfig} */
export default { turbopack: { root }, outputFileTracingRoot: root };
