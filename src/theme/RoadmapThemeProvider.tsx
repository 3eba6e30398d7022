'use client';
import type { Locale } from 'date-fns';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import type { RoadmapLabels } from '../i18n/labels.js';
import { themeToStyle } from './themeToStyle.js';
import type { RoadmapTheme } from './tokens.js';

/** Defaults that every roadmap-kit component inside a provider starts from. */
export interface RoadmapDefaults {
  theme?: RoadmapTheme;
  locale?: Locale;
  now?: string | Date;
  labels?: Partial<RoadmapLabels>;
}

export const RoadmapDefaultsContext = /* @__PURE__ */ createContext<RoadmapDefaults>({});

/** Props of `RoadmapThemeProvider`. */
export interface RoadmapThemeProviderProps extends RoadmapDefaults {
  /** Theme tokens set as `--rk-*` variables on one wrapper; components' own `theme` props layer on top. */
  theme?: RoadmapTheme;
  /** Default date-fns locale for the components inside. @defaultValue enUS */
  locale?: Locale;
  /** Default `now` for the components inside; an ISO date server-renders identically. */
  now?: string | Date;
  /** Default label overrides for the components inside. */
  labels?: Partial<RoadmapLabels>;
  /** Extra class on the wrapper element. */
  className?: string;
  children?: ReactNode;
}

/**
 * Themes every roadmap-kit component inside it through one wrapper `<div>` carrying the `--rk-*`
 * variables, and passes locale, `now` and label defaults down.
 * @example <RoadmapThemeProvider theme={{ accent: '#7c3aed', colorScheme: 'auto' }}>…</RoadmapThemeProvider>
 */
export function RoadmapThemeProvider({ theme, locale, now, labels, className, children }: RoadmapThemeProviderProps) {
  const parent = useContext(RoadmapDefaultsContext);
  const resolvedLocale = locale ?? parent.locale;
  const resolvedNow = now ?? parent.now;
  // One value per change of what it holds, not per render: every component below reads it, and a
  // new object (or a new `labels` object, which their label memos key on) would re-render them all.
  const value = useMemo<RoadmapDefaults>(
    () => ({ theme: undefined, locale: resolvedLocale, now: resolvedNow, labels: { ...parent.labels, ...labels } }),
    [resolvedLocale, resolvedNow, parent.labels, labels],
  );
  const attributes = themeToStyle(theme);
  return (
    <RoadmapDefaultsContext.Provider value={value}>
      <div {...attributes} className={['rk-root', 'rk-theme-provider', className].filter(Boolean).join(' ')}>
        {children}
      </div>
    </RoadmapDefaultsContext.Provider>
  );
}

/** The defaults from the nearest `RoadmapThemeProvider`, or none. */
export function useRoadmapDefaults(): RoadmapDefaults {
  return useContext(RoadmapDefaultsContext);
}
