/**
 * SQL condition: region alias `below` is region alias `above` or lies under it (paths are
 * root-first codes joined by '/').
 */
export const pathWithin = (below: string, above: string): string =>
  `(${below}.path = ${above}.path OR starts_with(${below}.path, ${above}.path || '/'))`;

/**
 * SQL condition: the region code in `column` is the region named by `param` or lies below
 * it. Paths are root-first codes joined by '/', so a descendant's path starts with the
 * root's path and a '/'. `param` is the placeholder as the caller writes it (`:regionCode`
 * in a query builder, `$2` in raw SQL). An unknown region matches nothing.
 */
export const inRegionSubtree = (column: string, param: string): string =>
  `${column} IN (SELECT below.code FROM region below JOIN region root ON root.code = ${param}
     WHERE ${pathWithin('below', 'root')})`;

/**
 * SQL expression: the district a seeker (`seekerIdParam`) lives in, or their own region
 * when it has no district above it. "Near the seeker" for courses and suggestions.
 */
export const seekerDistrict = (seekerIdParam: string): string =>
  `(SELECT COALESCE((SELECT d.code FROM region d JOIN region r ON r.code = s.region_code
                      WHERE d.level = 'district' AND ${pathWithin('r', 'd')} LIMIT 1), s.region_code)
      FROM seeker s WHERE s.id = ${seekerIdParam})`;
