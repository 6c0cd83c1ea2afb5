export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** null: reported, not judged. */
  budget: number | null;
  better: 'lower' | 'higher';
}

export const withinBudget = (f: Figure): boolean =>
  f.budget === null || (f.better === 'lower' ? f.value <= f.budget : f.value >= f.budget);
