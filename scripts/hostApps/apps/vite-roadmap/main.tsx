// The Vite plugin host: ROADMAP.md reaches the page as the model through roadmap-kit/vite.
import 'roadmap-kit/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
