import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CERTIFICATE_CATALOGUE } from './certificate-catalogue.js';

/**
 * One statement for the whole catalogue: replicas starting together race safely (ON
 * CONFLICT), and rows are only rewritten when an entry actually changed. Types dropped
 * from the catalogue are kept: seekers' certificates and positions may still refer to them.
 */
const UPSERT_CATALOGUE = `
  INSERT INTO certificate_type (code, name, occupation_code, kind, levels, validity_years)
  SELECT c.code, c.name, c."occupationCode", c.kind,
         ARRAY(SELECT l.value::smallint FROM jsonb_array_elements_text(c.levels) WITH ORDINALITY AS l(value, n) ORDER BY l.n),
         c."validityYears"
  FROM jsonb_to_recordset($1::jsonb)
       AS c(code varchar, name varchar, "occupationCode" varchar, kind varchar, levels jsonb, "validityYears" smallint)
  ORDER BY c.code
  ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    occupation_code = EXCLUDED.occupation_code,
    kind = EXCLUDED.kind,
    levels = EXCLUDED.levels,
    validity_years = EXCLUDED.validity_years
  WHERE (certificate_type.name, certificate_type.occupation_code, certificate_type.kind,
         certificate_type.levels, certificate_type.validity_years)
        IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.occupation_code, EXCLUDED.kind, EXCLUDED.levels, EXCLUDED.validity_years)
  RETURNING code`;

@Injectable()
export class CertificateCatalogueSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateCatalogueSeeder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const written: unknown[] = await this.dataSource.query(UPSERT_CATALOGUE, [JSON.stringify(CERTIFICATE_CATALOGUE)]);
    this.logger.log(`certificate catalogue: ${CERTIFICATE_CATALOGUE.length} types, ${written.length} inserted or updated`);
  }
}
