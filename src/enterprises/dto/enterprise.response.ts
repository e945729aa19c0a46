import { ApiProperty } from '@nestjs/swagger';
import type { Enterprise } from '../enterprise.entity.js';

export class EnterpriseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: '统一社会信用代码' })
  creditCode: string;

  @ApiProperty()
  industry: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty({ type: String, nullable: true, example: '贵和社区居委会' })
  regionName: string | null;

  @ApiProperty({ type: String, nullable: true })
  address: string | null;

  @ApiProperty()
  isKeyEnterprise: boolean;

  @ApiProperty({ type: String, nullable: true })
  serviceSpecialist: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactName: string | null;

  @ApiProperty({ type: String, nullable: true })
  contactPhone: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;
}

export class EnterprisePageResponse {
  @ApiProperty({ type: [EnterpriseResponse] })
  items: EnterpriseResponse[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

/** Expects `region` loaded; lists fields explicitly so new columns are never exposed by accident. */
export const toEnterpriseResponse = (enterprise: Enterprise): EnterpriseResponse => ({
  id: enterprise.id,
  name: enterprise.name,
  creditCode: enterprise.creditCode,
  industry: enterprise.industry,
  regionCode: enterprise.regionCode,
  regionName: enterprise.region?.name ?? null,
  address: enterprise.address,
  isKeyEnterprise: enterprise.isKeyEnterprise,
  serviceSpecialist: enterprise.serviceSpecialist,
  contactName: enterprise.contactName,
  contactPhone: enterprise.contactPhone,
  createdAt: enterprise.createdAt,
  updatedAt: enterprise.updatedAt,
});
