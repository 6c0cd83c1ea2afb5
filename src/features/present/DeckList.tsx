// The deck's slide list: go to a slide, move or remove it, add a section of the view in use,
// or make the default deck again for that view. Drawn over the slide, above the bar.
import { useState } from 'react';
import {
  ADDABLE_KINDS,
  slideHasContent,
  type DeckView,
  type Slide,
  type SlideKind,
} from '../../domain/deck';
import type { Bundle } from '../../domain/bundle';
import { unitIn } from '../../domain/registry';
import { useLang } from '../../shared/i18n';
import { KIND_TITLE, slideTitle } from './slides';

export function DeckList({
  bundle,
  slides,
  current,
  view,
  onGo,
  onMove,
  onRemove,
  onAdd,
  onReset,
}: {
  bundle: Bundle;
  slides: readonly Slide[];
  current: number;
  view: DeckView;
  onGo: (n: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (at: number) => void;
  onAdd: (kind: SlideKind) => void;
  onReset: () => void;
}) {
  const { t } = useLang();
  const addable = ADDABLE_KINDS.filter((k) =>
    slideHasContent(bundle.registry, bundle.dataset, k, view),
  );
  const [kind, setKind] = useState<SlideKind>(addable[0] ?? 'scorecard');
  const total = slides.length;
  const viewUnit = unitIn(bundle.registry, view.unit, view.year)?.name ?? view.unit;
  return (
    <details className="deck-list">
      <summary>{t('slideList')}</summary>
      <div className="deck-list-pop">
        <ol>
          {slides.map((s, i) => (
            <li key={`${s.id}-${i}`} aria-current={i === current ? 'true' : undefined}>
              <button type="button" className="link" onClick={() => onGo(i + 1)}>
                {slideTitle(s, t, unitIn(bundle.registry, s.unit, s.year)?.name ?? s.unit)}
              </button>{' '}
              <button
                type="button"
                onClick={() => onMove(i, i - 1)}
                disabled={i === 0}
                aria-label={`${t('moveUp')} ${i + 1}`}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => onMove(i, i + 1)}
                disabled={i === total - 1}
                aria-label={`${t('moveDown')} ${i + 1}`}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => onRemove(i)}
                disabled={total === 1}
                aria-label={`${t('removeSlide')} ${i + 1}`}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <p className="deck-add">
          <label>
            {t('addSection', { unit: viewUnit, year: view.year })}{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value as SlideKind)}>
              {addable.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_TITLE[k])}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" onClick={() => onAdd(kind)} disabled={addable.length === 0}>
            {t('addCurrentView')}
          </button>{' '}
          <button type="button" onClick={onReset}>
            {t('resetDeck')}
          </button>
        </p>
      </div>
    </details>
  );
}
