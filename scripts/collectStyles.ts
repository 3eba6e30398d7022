import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { kebabCase } from '../src/theme/kebabCase.js';
import { componentsReached } from './componentsReached.js';

/** One component's own stylesheet, emitted as `dist/styles/<fileName>`. */
export interface ComponentStylesheet {
  /** Folder and export name, e.g. `ReleaseCalendar`. */
  component: string;
  /** `release-calendar.css`. */
  fileName: string;
  css: string;
}

/** Every component CSS file, relative to `src/components`, in the one order all sheets keep. */
function componentCssFiles(root: string): string[] {
  return readdirSync(join(root, 'src/components'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort();
}

/**
 * The layer declared once on top (so a host can order it against its own layers), then
 * `src/theme/base.css` (tokens, schemes), then the given component files. Each file wraps itself
 * in `@layer roadmap-kit`.
 */
function composeStylesheet(root: string, cssFiles: string[]): string {
  const files = [join(root, 'src/theme/base.css'), ...cssFiles.map((file) => join(root, 'src/components', file))];
  return ['@layer roadmap-kit;', ...files.map((file) => readFileSync(file, 'utf8'))].join('\n');
}

/** The whole stylesheet, `styles.css`: base.css and every component's CSS. */
export function collectStyles(root: string): string {
  return composeStylesheet(root, componentCssFiles(root));
}

/**
 * A self-contained sheet for each styled component (a folder `X` with `X.tsx` and CSS): base.css
 * and the CSS of every component folder `X.tsx` reaches, so a host that renders only `X` ships
 * only what `X` renders. Files keep styles.css's order, so the cascade is the same as with it.
 */
export function collectComponentStyles(root: string): ComponentStylesheet[] {
  const cssFiles = componentCssFiles(root);
  const folderOf = (file: string) => file.split(sep)[0]!;
  const styled = [...new Set(cssFiles.map(folderOf))].filter((folder) => existsSync(join(root, 'src/components', folder, `${folder}.tsx`)));
  return styled.map((component) => {
    const reached = new Set(componentsReached(root, component));
    const css = composeStylesheet(root, cssFiles.filter((file) => reached.has(folderOf(file))));
    return { component, fileName: `${kebabCase(component)}.css`, css };
  });
}
