import type { Decorator, Preview } from '@storybook/react-vite';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { ja } from 'date-fns/locale/ja';
import { RoadmapThemeProvider } from '../src/theme/RoadmapThemeProvider.js';
import type { ColorScheme, RoadmapTheme } from '../src/theme/tokens.js';

const LOCALES = { 'en-US': enUS, de, ja };
const BRANDS: Record<string, RoadmapTheme> = {
  default: {},
  violet: { accent: '#6d28d9', radius: '2px', fontFamily: 'Georgia, serif', statusColors: { 'in-progress': '#6d28d9' } },
  compact: { density: 'compact', radius: '0.25rem' },
};

/** The toolbar's theme, colour scheme, locale and direction, applied around every story. */
export const withRoadmapGlobals: Decorator = (Story, context) => {
  const { brand = 'default', scheme = 'light', locale = 'en-US', direction = 'ltr' } = context.globals;
  const theme: RoadmapTheme = { ...BRANDS[brand as string], colorScheme: scheme as ColorScheme };
  return (
    <div dir={direction as string}>
      <RoadmapThemeProvider theme={theme} locale={LOCALES[locale as keyof typeof LOCALES]}>
        <div style={{ background: 'var(--rk-surface)', color: 'var(--rk-text)', padding: '1rem', minBlockSize: '100%' }}>
          <Story />
        </div>
      </RoadmapThemeProvider>
    </div>
  );
};

export const roadmapGlobalTypes: Preview['globalTypes'] = {
  brand: {
    description: 'Theme tokens',
    toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.keys(BRANDS), dynamicTitle: true },
  },
  scheme: {
    description: 'Colour scheme',
    toolbar: { title: 'Scheme', icon: 'contrast', items: ['light', 'dark', 'auto'], dynamicTitle: true },
  },
  locale: {
    description: 'date-fns locale',
    toolbar: { title: 'Locale', icon: 'globe', items: Object.keys(LOCALES), dynamicTitle: true },
  },
  direction: {
    description: 'Text direction',
    toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
  },
};
