import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The whole stylesheet: `src/theme/base.css` first (tokens), then every component's own CSS in a
 * stable order. Each file wraps itself in `@layer roadmap-kit`; the layer is declared once on top
 * so a host can order it against its own layers.
 */
export function collectStyles(root: string): string {
  const componentsDir = join(root, 'src/components');
  const componentCss = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map((file) => join(componentsDir, file));
  const files = [join(root, 'src/theme/base.css'), ...componentCss];
  return ['@layer roadmap-kit;', ...files.map((file) => readFileSync(file, 'utf8'))].join('\n');
}
