import { ApiProperty } from '@nestjs/swagger';
import { REGION_LEVELS, type Region, type RegionLevel } from '../region.entity.js';

export class RegionSummary {
  @ApiProperty({ example: '370983001000' })
  code: string;

  @ApiProperty({ example: '新城街道' })
  name: string;

  @ApiProperty({ enum: REGION_LEVELS })
  level: RegionLevel;
}

export class RegionResponse extends RegionSummary {
  @ApiProperty({ type: String, nullable: true, example: '370983000000' })
  parentCode: string | null;

  @ApiProperty({ type: Number, nullable: true })
  latitude: number | null;

  @ApiProperty({ type: Number, nullable: true })
  longitude: number | null;
}

export class RegionDetailResponse extends RegionResponse {
  @ApiProperty({ type: [RegionSummary], description: 'Breadcrumb from the root down to the parent' })
  ancestors: RegionSummary[];

  @ApiProperty({ description: 'Number of direct children' })
  childCount: number;
}

export class RegionListResponse {
  @ApiProperty({ type: [RegionResponse] })
  items: RegionResponse[];

  @ApiProperty()
  total: number;
}

export class RegionPageResponse extends RegionListResponse {
  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

export const toRegionSummary = (region: Region): RegionSummary => ({
  code: region.code,
  name: region.name,
  level: region.level,
});

export const toRegionResponse = (region: Region): RegionResponse => ({
  ...toRegionSummary(region),
  parentCode: region.parentCode,
  latitude: region.latitude,
  longitude: region.longitude,
});
