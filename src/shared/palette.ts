// Okabe–Ito: distinguishable with the common colour-vision deficiencies. Lines also differ by
// dash and marker shape so that colour is never the only cue.
export const PALETTE = {
  highlight: '#D55E00',
  primary: '#0072B2',
  secondary: '#009E73',
  accent: '#E69F00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  muted: '#8c8c8c',
  ink: '#1a1a1a',
} as const;

export const SERIES_STYLES = [
  { color: PALETTE.primary, dash: '', shape: 'circle' },
  { color: PALETTE.highlight, dash: '6 3', shape: 'square' },
  { color: PALETTE.secondary, dash: '2 3', shape: 'triangle' },
  { color: PALETTE.purple, dash: '8 3 2 3', shape: 'diamond' },
] as const;
