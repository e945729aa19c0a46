/**
 * `--name value` or `--name=value` options of a command-line tool, parsed into a copy of
 * `defaults`. An option whose default is text takes any text; the others take an integer
 * ≥ 1, or ≥ 0 for those in `zeroAllowed`. Unknown options and bad counts are refused.
 */
export function parseFlags<T extends { [K in keyof T]: string | number }>(
  argv: readonly string[],
  defaults: T,
  flags: Readonly<Record<string, keyof T>>,
  zeroAllowed: ReadonlySet<keyof T> = new Set(),
): T {
  const args = { ...defaults } as Record<keyof T, string | number>;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const key = flags[flag];
    if (!key) throw new Error(`unknown option ${argv[i]} (known: ${Object.keys(flags).join(', ')})`);
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new Error(`${flag} needs a value`);
    if (typeof defaults[key] === 'string') {
      args[key] = raw;
      continue;
    }
    const value = Number(raw);
    const min = zeroAllowed.has(key) ? 0 : 1;
    if (!Number.isInteger(value) || value < min) throw new Error(`${flag} must be an integer ≥ ${min}, got ${raw}`);
    args[key] = value;
  }
  return args as T;
}
