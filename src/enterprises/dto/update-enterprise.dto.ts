import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CHINESE_PHONE_MESSAGE, CHINESE_PHONE_PATTERN, IsUnifiedSocialCreditCode, upperCased } from './enterprise-fields.js';
import { Trim, TrimToNull } from '../../core/http/dto-decorators.js';

/** Required columns may change but not become null (ValidateIf, unlike IsOptional, lets null through to the checks). */
const present = (_: object, value: unknown) => value !== undefined;

export class UpdateEnterpriseDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Re-validated; 409 when another enterprise has it', minLength: 18, maxLength: 18 })
  @ValidateIf(present)
  @Transform(upperCased)
  @IsUnifiedSocialCreditCode()
  creditCode?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  industry?: string;

  @ApiPropertyOptional({ maxLength: 32 })
  @ValidateIf(present)
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  regionCode?: string;

  @ApiPropertyOptional({ maxLength: 300, nullable: true, type: String, description: 'null clears it' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  isKeyEnterprise?: boolean;

  @ApiPropertyOptional({ maxLength: 100, nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100)
  serviceSpecialist?: string | null;

  @ApiPropertyOptional({ maxLength: 100, nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100)
  contactName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Matches(CHINESE_PHONE_PATTERN, { message: CHINESE_PHONE_MESSAGE })
  contactPhone?: string | null;
}
