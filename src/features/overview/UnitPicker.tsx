// A combobox: type part of a name, with or without diacritics ("thach that" finds "Thạch Thất"),
// or a code; arrow keys move, Enter picks, Escape closes. A unit is a code in a period: a reused
// code is listed once per unit, each with its period ("Xã Thạch Thất (09955, từ 01/07/2025)").

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { foldKey } from '../../domain/text';
import type { Unit } from '../../domain/model';
import { useLang } from '../../shared/i18n';
import { unitKey } from '../../domain/lineage';
import { periodText, unitWithPeriod } from './labels';
import { levelLabel } from '../../shared/display';

const MAX_OPTIONS = 30;

export function UnitPicker({
  units,
  selected,
  onPick,
}: {
  units: readonly Unit[];
  selected: Unit | undefined;
  onPick: (unit: Unit) => void;
}) {
  const { t } = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const optionId = (u: Unit): string => `${id}-opt-${unitKey(u).replace(/\|/g, '-')}`;
  const matches = useMemo(() => {
    const q = foldKey(query);
    const list =
      q === '' ? units : units.filter((u) => foldKey(u.name).includes(q) || u.code.startsWith(q));
    return list.slice(0, MAX_OPTIONS);
  }, [units, query]);

  const pick = (u: Unit | undefined) => {
    if (!u) return;
    onPick(u);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open) {
        e.preventDefault();
        pick(matches[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="unit-picker">
      <label htmlFor={`${id}-input`}>{t('unit')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? optionId(matches[active]) : undefined}
        placeholder={selected ? unitWithPeriod(selected, t) : t('searchUnit')}
        title={t('searchUnit')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={t('unit')} className="unit-options">
          {matches.length === 0 && <li className="muted">{t('noUnitFound')}</li>}
          {matches.map((u, i) => (
            <li
              key={unitKey(u)}
              id={optionId(u)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(u);
              }}
            >
              {u.name}{' '}
              <span className="muted">
                · {levelLabel(u.level, t)} · {u.code}
                {periodText(u, t) && ` · ${periodText(u, t)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
