import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { residentIdCheckDigit, uniformCreditCodeCheckChar } from '../../libs/china-ids/index.js';
import { Enterprise } from '../../src/enterprises/enterprise.entity.js';
import { Region, type RegionLevel } from '../../src/regions/region.entity.js';

/**
 * Each e2e test creates the records it needs here, directly in the database, with unique
 * codes so tests never depend on one another's data.
 */
const unique = () => randomUUID().replace(/-/g, '').slice(0, 10);

export function validCreditCode(): string {
  const body = `91370983${String(randomInt(10 ** 9)).padStart(9, '0')}`;
  return body + uniformCreditCodeCheckChar(body);
}

export function validResidentId(birth = '19850612'): string {
  const body = `370983${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  return body + residentIdCheckDigit(body);
}

/** A small tree district → street → community → grid, with codes unique to this call. */
export async function createRegionTree(dataSource: DataSource) {
  const repo = dataSource.getRepository(Region);
  const stamp = unique();
  const make = async (level: RegionLevel, name: string, parent?: Region) => {
    const code = `${level[0]}${stamp}${randomInt(1000)}`;
    const path = parent ? `${parent.path}/${code}` : code;
    return repo.save(repo.create({ code, name, level, parentCode: parent?.code ?? null, path, latitude: null, longitude: null }));
  };
  const district = await make('district', '测试市');
  const street = await make('street', '新城街道', district);
  const community = await make('community', '贵和社区', street);
  const grid = await make('grid', '第一网格', community);
  return { district, street, community, grid };
}

export async function createEnterprise(dataSource: DataSource, overrides: Partial<Enterprise> = {}): Promise<Enterprise> {
  const regionCode = overrides.regionCode ?? (await createRegionTree(dataSource)).community.code;
  const repo = dataSource.getRepository(Enterprise);
  return repo.save(
    repo.create({
      name: `测试机械有限公司${unique()}`,
      creditCode: validCreditCode(),
      industry: '制造业',
      regionCode,
      ...overrides,
    }),
  );
}
