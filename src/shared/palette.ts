// Okabe–Ito: distinguishable with the common colour-vision deficiencies. The charts also vary
// dash and marker shape (and hatch weak bars), so colour is never the only cue.
export const PALETTE = {
  highlight: '#D55E00',
  primary: '#0072B2',
  secondary: '#009E73',
  accent: '#E69F00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  muted: '#8c8c8c',
  ink: '#1a1a1a',
  /** Text in the highlight's hue, dark enough for 4.5:1 on white. */
  highlightInk: '#A34700',
  /** The method-change mark: Okabe–Ito's orange darkened to 5.4:1 on white (lines need 3:1). */
  methodMark: '#9A5B00',
} as const;
