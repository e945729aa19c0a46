import fc from 'fast-check';

/**
 * fast-check arbitraries for hostile HTTP input: path segments, query strings and bodies,
 * random or derived from a valid value. Everything a case holds is plain data, so a
 * failing case prints readably and replays from its seed.
 */

/** Percent-encodes every byte outside the unreserved set (lone surrogates become U+FFFD). */
export function encode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

const huge = (min: number, max: number) => fc.integer({ min, max }).map((length) => '长'.repeat(length));

/** Values that have broken parsers, casts and columns before. */
const ODD_TEXT = [
  '', ' ', '0', '-1', '-0', '1.5', '1e309', '-1e309', 'NaN', 'Infinity', '0x1F', '99999999999999999999999', '2147483648',
  'null', 'undefined', 'true', 'false', '[]', '{}', '[object Object]', '.', '..', '../..', '/', '\\', '*', '%', '_',
  '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '{6f9619ff-8b86-d011-b42d-00c04fc964ff}',
  '6f9619ff8b86d011b42d00c04fc964ff', '6f9619ff-8b86-d011-b42d-00c04fc964ff ', "' OR '1'='1", '"; DROP TABLE seeker; --',
  '<script>alert(1)</script>', '${7*7}', '\u0000', 'a\u0000b', '\ud800', '\uffff', '\u202e', '𠮷野家', '👩‍👩‍👧‍👦', 'Ｆ１２３',
  '2024-02-30', '2024-13-01', '0000-00-00', '9999-12-31', '+275760-09-13T00:00:00.000Z', '1970-01-01T00:00:00Z', '24:61',
  '370983198506120000', '91370983MA3C0000XX', '6-18-02-04', 'grid', 'open', 'admin',
];

/** Percent sequences that do not decode to valid UTF-8, or decode to something awkward. */
const RAW_SEGMENTS = ['%00', 'a%00b', '%', '%Z', '%ZZ', '%C0%80', '%ED%A0%80', '%FF', '%F4%90%80%80', '%2F', '%2e%2e', '%252F', '%0A', '%0D%0A'];

/**
 * One path segment, already encoded: mostly a valid value of the parameter (to get past
 * the lookup), otherwise random UUIDs, non-UUIDs, numbers, unicode, huge strings, `%00`.
 */
export function pathSegment(valid: readonly string[]): fc.Arbitrary<string> {
  const choices: Array<fc.WeightedArbitrary<string>> = [
    { weight: 2, arbitrary: fc.uuid().map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT.filter(Boolean)).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encode) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encode) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map((n) => encode(String(n))) },
    // Long enough to reach the application; very long ones meet Node's header limit (431).
    {
      weight: 1,
      arbitrary: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 100, max: 2000 }).map((n) => 'x'.repeat(n)) }, { weight: 1, arbitrary: fc.constant('y'.repeat(20_000)) }),
    },
  ];
  if (valid.length > 0) {
    choices.push({ weight: 8, arbitrary: fc.constantFrom(...valid).map(encode) });
    choices.push({
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...valid), fc.constantFrom('x', ' ', '%00', '%20', '0', '/', '.json')).map(([value, suffix]) => encode(value) + suffix),
    });
  }
  return fc.oneof(...choices);
}

export interface QueryKey {
  name: string;
  /** Values that pass validation (enum members, valid ids), to reach the query behind it. */
  values: readonly string[];
}

const numberText = fc.oneof(
  fc.constantFrom('-1', '0', '-0', '1.5', '1e400', '-1e400', '99999999999999999999', '9007199254740993', '2147483648', 'NaN', '0x10', ' 5 ', '1,2'),
  fc.integer().map(String),
  fc.double().map(String),
);

function queryValue(values: readonly string[], ids: readonly string[]): fc.Arbitrary<string> {
  const choices: Array<fc.WeightedArbitrary<string>> = [
    { weight: 3, arbitrary: numberText.map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%00', 'a%00', '%', '%ZZ', '%ED%A0%80', '%C0%80') },
    { weight: 1, arbitrary: fc.uuid().map(encode) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encode) },
    { weight: 1, arbitrary: huge(300, 1000).map(encode) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => encode(date.toISOString())) },
  ];
  if (values.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...values).map(encode) });
  if (ids.length > 0) choices.push({ weight: 1, arbitrary: fc.constantFrom(...ids).map(encode) });
  return fc.oneof(...choices);
}

/**
 * A query string: the route's own keys with hostile values, repeated keys (arrays),
 * bracket keys the extended parser turns into objects, random keys, or plain garbage.
 */
export function queryString(keys: readonly QueryKey[], ids: readonly string[]): fc.Arbitrary<string> {
  const randomKey = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).map(encode),
    fc.constantFrom('__proto__[x]', 'constructor[prototype][x]', 'a[b][c][d][e][f][g][h]', 'a[999999]', 'a[]', '%00', 'page[]', 'pageSize[x]'),
  );
  const key: fc.Arbitrary<{ key: string; values: readonly string[] }> = fc.oneof(
    { weight: 1, arbitrary: randomKey.map((name) => ({ key: name, values: [] as readonly string[] })) },
    ...(keys.length > 0
      ? [
          { weight: 5, arbitrary: fc.constantFrom(...keys).map((k) => ({ key: encode(k.name), values: k.values })) },
          {
            weight: 1,
            arbitrary: fc.tuple(fc.constantFrom(...keys), fc.constantFrom('[]', '[0]', '[x]', '[x][y]', '[toString]', '[valueOf]')).map(([k, suffix]) => ({ key: encode(k.name) + suffix, values: k.values })),
          },
        ]
      : []),
  );
  const pair = key.chain(({ key: name, values }) => queryValue(values, ids).map((value) => `${name}=${value}`));
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.join('&')) },
    { weight: 1, arbitrary: fc.constantFrom('&&&', '=', '==', '?', '%', 'a', 'a=1&a=2&a[]=3&a[x]=4', 'page=1&page=2', `q=${'a'.repeat(6000)}`) },
  );
}

/** Replacement values for a field of a valid body. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, 1e21, 5e-324, [], {}, [null], [[]], [{}],
      { a: { b: { c: {} } } }, { toString: 'x', valueOf: 1 }, JSON.parse('{"__proto__":{"admin":true}}'), ...ODD_TEXT,
    ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: huge(300, 20_000) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 200 }).map((depth) => nest(depth)) },
);

/**
 * Replacement values of the right kind but at the edges: ids of other records (or of
 * none), boundary numbers, far dates and times, long and odd text. They pass validation
 * more often than junk does and so reach the services and the database.
 */
export function plausibleValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  const date = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
  return fc.oneof(
    ...(ids.length > 0 ? [fc.constantFrom(...ids), fc.constantFrom(...ids).map((id) => [id])] : []),
    fc.uuid(),
    fc.constantFrom(0, 1, 2, 5, 24, 84, 90, 100, 168, 10_000, 10_001, 1_000_000, 1_000_001, 2_147_483_647, 2_147_483_648, 0.5, -90, 90, 180, -180, 90.0001),
    fc.integer({ min: -1, max: 1_000_001 }),
    date.map((d) => d.toISOString()),
    date.map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('1900-01-01', '1970-01-01', '2000-02-29', '2100-02-28', '9999-12-31', '00:00', '23:59', '24:00', '12:00'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
    fc.integer({ min: 1, max: 400 }).map((n) => '👩‍👩‍👧‍👦'.repeat(n)),
    fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 60 }),
  );
}

const nest = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** One change to a valid body; `at` picks a place in it (modulo the number of places). */
export type Mutation =
  | { at: number; kind: 'delete' }
  | { at: number; kind: 'set'; value: unknown }
  | { at: number; kind: 'nul'; offset: number }
  | { at: number; kind: 'extra'; key: string; value: unknown }
  | { at: number; kind: 'repeat'; times: number };

export const mutation = (ids: readonly string[]): fc.Arbitrary<Mutation> => fc.oneof(
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('delete' as const) }) },
  { weight: 4, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('set' as const), value: junkValue }) },
  { weight: 4, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('set' as const), value: plausibleValue(ids) }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('nul' as const), offset: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      at: fc.nat(),
      kind: fc.constant('extra' as const),
      key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'id', 'createdAt', 'version', 'role', 'status')),
      value: junkValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 5000 }) }) },
);

type Path = Array<string | number>;

/** Every place in a value: the root, each property and each array item, to depth 4. */
function places(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length >= 4 || value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) places(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

const DELETE = Symbol('delete');

/** Sets an own property, even one named `__proto__`. */
const setOwn = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });

/** A copy of `root` with the value at `path` replaced by `change(value)` (or removed). */
function replaceAt(root: unknown, path: Path, change: (value: unknown) => unknown): unknown {
  if (path.length === 0) {
    const changed = change(root);
    return changed === DELETE ? undefined : changed;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  const next = rest.length === 0 ? change(copy[head]) : replaceAt(copy[head], rest, change);
  if (next !== DELETE) setOwn(copy, head, next);
  else if (Array.isArray(copy)) copy.splice(head as number, 1);
  else delete copy[head];
  return copy;
}


/** Applies the mutations in order; the input is not modified. */
export function mutate(valid: unknown, mutations: readonly Mutation[]): unknown {
  let body = valid;
  for (const m of mutations) {
    const all = places(body);
    const path = all[m.at % all.length]!;
    body = replaceAt(body, path, (current) => {
      switch (m.kind) {
        case 'delete':
          return DELETE;
        case 'set':
          return m.value;
        case 'nul': {
          const text = typeof current === 'string' ? current : String(JSON.stringify(current) ?? '');
          const at = text.length === 0 ? 0 : m.offset % (text.length + 1);
          return `${text.slice(0, at)}\u0000${text.slice(at)}`;
        }
        case 'extra':
          return setOwn(current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...current } : {}, m.key, m.value);
        case 'repeat':
          if (Array.isArray(current)) return Array.from({ length: m.times }, (_, i) => current[i % Math.max(1, current.length)] ?? 'x');
          if (typeof current === 'string') return current.repeat(Math.ceil(m.times / Math.max(1, current.length)) + 1);
          return Array.from({ length: m.times }, () => current ?? 0);
      }
    });
  }
  return body;
}

export type BodyCase =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'mutated'; mutations: Mutation[] }
  | { kind: 'raw'; contentType: string; contentEncoding?: string; text: string };

const MALFORMED_JSON = [
  '{', '}', '[', '{"a":', '{"a":1,}', "{'a':1}", '[1,2', 'nul', 'tru', 'undefined', '{"a":1}}', '{"a":01}', '-', '\u0000',
  '\ufeff{}', '{"a":"\\ud800"}', '{"a":1e999}', '{"a":-1e999}', '{"a":1,"a":"b"}', '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}', '"string"', '42', 'null', '[]', '{"a":"\\u0000"}',
];

/**
 * A request body: random JSON, mutations of the route's valid body (wrong types, missing
 * and extra fields, NUL bytes, huge arrays and strings, deep nesting), malformed JSON text,
 * a wrong content type or encoding, or nothing.
 */
export function bodyCase({ takesBody, ids }: { takesBody: boolean; ids: readonly string[] }): fc.Arbitrary<BodyCase> {
  const raw = (contentType: string, text: fc.Arbitrary<string>, contentEncoding?: string) =>
    text.map((t): BodyCase => ({ kind: 'raw', contentType, text: t, ...(contentEncoding ? { contentEncoding } : {}) }));
  const deep = fc.integer({ min: 100, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
  const choices: Array<fc.WeightedArbitrary<BodyCase>> = [
    { weight: 2, arbitrary: fc.constant({ kind: 'none' }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value): BodyCase => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: fc.object({ maxDepth: 3 }).map((value): BodyCase => ({ kind: 'json', value: JSON.parse(JSON.stringify(value) ?? 'null') })) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_JSON).chain((text) => raw('application/json', fc.constant(text))) },
    { weight: 1, arbitrary: raw('application/json', deep) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
            'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/merge-patch+json', 'application/octet-stream', '',
          ),
          fc.constantFrom('{"a":1}', 'a=1&b[c]=2', '<a/>', '--x\r\n\r\n--x--', '\u0000\u0001'),
        )
        .chain(([type, text]) => raw(type, fc.constant(text))),
    },
    { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'bogus').chain((encoding) => raw('application/json', fc.constant('{"a":1}'), encoding)) },
  ];
  if (takesBody) choices.push({ weight: 10, arbitrary: fc.array(mutation(ids), { minLength: 1, maxLength: 3 }).map((mutations): BodyCase => ({ kind: 'mutated', mutations })) });
  return fc.oneof(...choices);
}
