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
  /** Every chart fills the box it is drawn in, whatever height it was given (image export). */
  fill?: boolean;
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

/**
 * Presenter mode on a phone (slides stacked and scrolling): the projector's ink and weight, at a
 * size a 390 px wide chart has room for.
 */
export const PHONE_SLIDE_THEME: ChartTheme = {
  kind: 'projector',
  font: 15,
  line: 4,
  reference: 3,
  dot: 6,
  ink: '#000',
  mark: 3,
};

/** Charts drawn for an exported image: the projector's type, filling the image's chart box. */
export const EXPORT_THEME: ChartTheme = { ...PROJECTOR_THEME, fill: true };

/** The plot's tint and its grid lines (the lines and the labels keep their contrast on it). */
export const PLOT_FILL = '#f2f5f8';
export const GRID = '#d5dde5';

const ThemeContext = createContext<ChartTheme>(SCREEN_THEME);
export const ChartThemeProvider = ThemeContext.Provider;
export const useChartTheme = (): ChartTheme => useContext(ThemeContext);
