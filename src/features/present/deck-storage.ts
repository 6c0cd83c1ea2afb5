// The deck is kept in localStorage: the slides and whether the user changed them.
import { parseDeck, type SavedDeck, type Slide } from '../../domain/deck';

const DECK_KEY = 'cchc-dashboard:deck';

export function saveDeck(slides: Slide[], edited: boolean): void {
  try {
    localStorage.setItem(DECK_KEY, JSON.stringify({ slides, edited } satisfies SavedDeck));
  } catch {
    // Private mode: the deck lasts for this visit only.
  }
}

export function loadDeck(): SavedDeck | null {
  try {
    return parseDeck(localStorage.getItem(DECK_KEY));
  } catch {
    return null;
  }
}
