/** Draws again until the value is new; the draw order is fixed, so the result is too. */
export function uniqueDraw<T>(used: Set<T>, draw: () => T, attempts = 50): T {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = draw();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
  throw new Error(`no unique value after ${attempts} draws`);
}
