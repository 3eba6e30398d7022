import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * Renders `ui` inside an open shadow root, as a web component host would, with `dir` on the host
 * outside it. Queries go through `shadowRoot` (document.querySelector finds nothing inside it), and
 * the focused element is `shadowRoot.activeElement` (document.activeElement is the host).
 */
export function renderInShadowRoot(ui: ReactElement, { dir }: { dir?: 'ltr' | 'rtl' } = {}) {
  const host = document.createElement('div');
  if (dir) host.setAttribute('dir', dir);
  document.body.append(host);
  const shadowRoot = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadowRoot.append(container);
  const result = render(ui, { container });
  return {
    shadowRoot,
    focused: () => shadowRoot.activeElement as HTMLElement | null,
    unmount: () => {
      result.unmount();
      host.remove();
    },
  };
}
