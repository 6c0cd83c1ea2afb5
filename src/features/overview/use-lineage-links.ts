// The lineage module, loaded the first time a unit with a period is shown (a unit that has
// always existed, like Hà Nội, can have no links): the first view does not carry it.
import { useEffect, useState } from 'react';

type LinksModule = typeof import('../../domain/lineage-links');
let loaded: LinksModule | null = null;
let loading: Promise<LinksModule> | null = null;

export function useLineageLinks(enabled: boolean): LinksModule | null {
  const [mod, setMod] = useState<LinksModule | null>(loaded);
  useEffect(() => {
    if (!enabled || mod) return;
    let live = true;
    loading ??= import('../../domain/lineage-links').then((m) => (loaded = m));
    void loading.then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [enabled, mod]);
  return enabled ? mod : null;
}
