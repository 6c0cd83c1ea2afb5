// How charts are drawn: on screen, or on a projector (presenter mode, its exported slides).
// Charts read sizes from here instead of being resized by CSS afterwards, so that what they
// lay out (tick spacing, label widths, margins) matches the type they are drawn in.
import { createContext, useContext } from 'react';

export interface ChartTheme {
  kind: 'screen' | 'projector';
  /** Tick labels, direct labels, category names (px). */
  font: number;
  /** The unit's line and the reference lines (px). */
  line: number;
  reference: number;
  /** Dot radius (px). */
  dot: number;
  /** Text colour of ticks and axis titles (at least 7:1 on white). */
  ink: string;
  /** Method-change and reorganisation marks. */
  mark: number;
}

export const SCREEN_THEME: ChartTheme = {
  kind: 'screen',
  font: 14,
  line: 3,
  reference: 2,
  dot: 5,
  ink: '#333',
  mark: 2,
};

/** High contrast, thick lines and 24 px type: legible from the back of a training room. */
export const PROJECTOR_THEME: ChartTheme = {
  kind: 'projector',
  font: 24,
  line: 6,
  reference: 4,
  dot: 8,
  ink: '#000',
  mark: 4,
};

const ThemeContext = createContext<ChartTheme>(SCREEN_THEME);
export const ChartThemeProvider = ThemeContext.Provider;
export const useChartTheme = (): ChartTheme => useContext(ThemeContext);
