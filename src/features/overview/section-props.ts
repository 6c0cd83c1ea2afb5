import type { Bundle } from '../../domain/bundle';
import type { Unit } from '../../domain/model';
import type { Selection } from '../../domain/series';

export interface SectionProps {
  bundle: Bundle;
  sel: Selection;
  unit: Unit;
  onPickUnit: (code: string) => void;
  /** Peers picked for comparison (the address keeps them). */
  peers: readonly string[];
  onPeers: (codes: readonly string[]) => void;
}
