// Which sentence a move in places takes.

/** "tăng 2 bậc" / "up 1 place": English says place for one. */
export const placesKey = (places: number) =>
  places > 0
    ? places === 1
      ? ('placeUp' as const)
      : ('placesUp' as const)
    : places === -1
      ? ('placeDown' as const)
      : ('placesDown' as const);
