/**
 * A fixed lat/lng grid at a few sizes, so nearness can be looked up in the inverted
 * index like any other key: a document is filed under its cell at each size, a query
 * visits its own cell and the eight around it. Cells are ~1.25 times wider in degrees of
 * longitude than of latitude, which keeps them roughly square between 25° and 45° N
 * (southern China to the northern US states).
 */
export const CELL_SIZES_DEG = [0.02, 0.08] as const; // ≈ 2.2 km and 9 km across

const cellKey = (level: number, i: number, j: number): string => `${level}:${i}:${j}`;

const cellOf = (level: number, lat: number, lng: number): [number, number] => {
  const size = CELL_SIZES_DEG[level];
  return [Math.floor(lat / size), Math.floor(lng / (size * 1.25))];
};

export const documentCells = (lat: number, lng: number): string[] => {
  if (!(lat === lat && lng === lng)) return [];
  return CELL_SIZES_DEG.map((_, level) => {
    const [i, j] = cellOf(level, lat, lng);
    return cellKey(level, i, j);
  });
};

export const neighbourhoodCells = (level: number, lat: number, lng: number): string[] => {
  const [i, j] = cellOf(level, lat, lng);
  const keys: string[] = [];
  for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) keys.push(cellKey(level, i + di, j + dj));
  return keys;
};
