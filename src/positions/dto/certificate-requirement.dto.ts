import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { CERTIFICATE_LEVELS, type CertificateLevel } from '../../../libs/labour-vocabulary/index.js';
import { OptionalNotNull } from '../../core/http/dto-decorators.js';

export class CertificateRequirementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  certificateTypeId: string;

  @ApiPropertyOptional({
    enum: CERTIFICATE_LEVELS,
    nullable: true,
    description: "Lowest acceptable level (5 = 五级 … 1 = 一级), one of the type's levels; null or absent: any level",
  })
  @IsOptional()
  @IsIn(CERTIFICATE_LEVELS)
  minLevel?: CertificateLevel | null;

  @ApiPropertyOptional({ default: true, description: 'false: preferred, not required' })
  @OptionalNotNull()
  @IsBoolean()
  mandatory?: boolean;
}
