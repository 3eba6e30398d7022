import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../theme/base.css';
import { failOnConsole } from './failOnConsole.js';

// The built stylesheet is every component's CSS joined; load the same files so layout tests see it.
import.meta.glob('../components/**/*.css', { eager: true });

failOnConsole();
afterEach(() => cleanup());
