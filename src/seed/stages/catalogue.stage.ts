import type { DataSource } from 'typeorm';
import { CertificateCatalogueSeeder } from '../../certificates/catalogue/certificate-catalogue.seeder.js';
import type { SeedProgress } from '../progress.js';

/**
 * Makes sure the certificate catalogue is in the database (the API upserts it at start,
 * but the seed may run before the API ever did) and returns the ids of the types the
 * demo refers to, by code.
 */
export async function seedCatalogue(dataSource: DataSource, codes: readonly string[], progress: SeedProgress): Promise<Map<string, string>> {
  const stage = progress.stage('certificates', 1);
  // The certificates feature exposes its idempotent upsert only as this bootstrap hook.
  await new CertificateCatalogueSeeder(dataSource).onApplicationBootstrap();
  const rows = await dataSource.query<Array<{ id: string; code: string }>>('SELECT id, code FROM certificate_type WHERE code = ANY($1)', [
    [...new Set(codes)],
  ]);
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  const missing = [...new Set(codes)].filter((code) => !ids.has(code));
  if (missing.length > 0) throw new Error(`certificate types missing from the catalogue: ${missing.join(', ')}`);
  stage.advance(1);
  stage.finish(`${ids.size} certificate types referenced by the demo are in the catalogue`);
  return ids;
}
