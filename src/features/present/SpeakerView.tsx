// The speaker window: the current slide's notes, the next slide and a clock, kept in sync with
// the deck window; its buttons move the deck.

import { useEffect, useRef, useState } from 'react';
import { useLang } from '../../shared/i18n';
import { isDeckMessage, SPEAKER_CHANNEL, type DeckMessage } from './speaker-channel';
import { SlideBody } from './slides';
import type { Bundle } from '../../domain/bundle';
// This chunk's strings (not part of the first view's dictionary).
import '../../shared/i18n-panels';

/** `bundle`: the data, to draw the next slide as the deck window will show it (once loaded). */
export function SpeakerView({ bundle }: { bundle?: Bundle }) {
  const { t, lang } = useLang();
  const [state, setState] = useState<Extract<DeckMessage, { type: 'state' }> | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [start] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const ch = new BroadcastChannel(SPEAKER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<unknown>) => {
      if (isDeckMessage(e.data) && e.data.type === 'state') setState(e.data);
    };
    ch.postMessage({ type: 'command', command: 'hello' } satisfies DeckMessage);
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => {
      clearInterval(timer);
      ch.close();
    };
  }, []);

  const send = (command: 'next' | 'prev') =>
    channel.current?.postMessage({ type: 'command', command } satisfies DeckMessage);
  const elapsed = Math.floor((now.getTime() - start) / 1000);
  const current = state?.slides[state.current];
  const next = state ? state.slides[state.current + 1] : undefined;
  return (
    <main className="speaker" lang={lang}>
      <p className="speaker-clock" role="timer" aria-live="off">
        {now.toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB')} · {t('elapsed')}{' '}
        {Math.floor(elapsed / 60)}:{String(elapsed % 60).padStart(2, '0')}
      </p>
      {!state || !current ? (
        <p role="status">{t('waitingForDeck')}</p>
      ) : (
        <>
          <h1>
            {state.current + 1}/{state.slides.length}. {current.title}
          </h1>
          <p className="slide-takeaway">{current.takeaway}</p>
          <h2>{t('speakerNotes')}</h2>
          <ul>
            {current.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <h2>{t('nextSlide')}</h2>
          <p>{next ? next.title : '—'}</p>
          {next && bundle && (
            // A small copy of the next slide; its title above says the same in words.
            <div className="slide-preview" aria-hidden="true" data-testid="next-slide-preview">
              <div className="slide-preview-inner">
                <p className="slide-takeaway">{next.takeaway}</p>
                <div className="slide-body">
                  <SlideBody bundle={bundle} slide={next.slide} />
                </div>
              </div>
            </div>
          )}
        </>
      )}
      <p>
        <button type="button" onClick={() => send('prev')}>
          ◀ {t('prevSlide')}
        </button>{' '}
        <button type="button" onClick={() => send('next')}>
          {t('nextSlide')} ▶
        </button>
      </p>
    </main>
  );
}
