import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CHINESE_PHONE_MESSAGE, CHINESE_PHONE_PATTERN, IsUnifiedSocialCreditCode, upperCased } from './enterprise-fields.js';
import { Trim, TrimToNull } from '../../core/http/dto-decorators.js';

export class CreateEnterpriseDto {
  @ApiProperty({ example: '肥城市桃都机械有限公司', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: '统一社会信用代码 (checksum validated, stored upper case)', example: '91370983MA3C5X8L2Q', minLength: 18, maxLength: 18 })
  @Transform(upperCased)
  @IsUnifiedSocialCreditCode()
  creditCode: string;

  @ApiProperty({ example: '制造业', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  industry: string;

  @ApiProperty({ description: 'Code of an existing region', example: '370983001016', maxLength: 32 })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  regionCode: string;

  @ApiPropertyOptional({ maxLength: 300, example: '肥城市新城街道龙山路88号' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ description: '重点企业', default: false })
  @IsOptional()
  @IsBoolean()
  isKeyEnterprise?: boolean;

  @ApiPropertyOptional({ description: 'Assigned service specialist (人社专员)', maxLength: 100 })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100)
  serviceSpecialist?: string | null;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100)
  contactName?: string | null;

  @ApiPropertyOptional({ description: 'Mobile or landline', example: '13812345678' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @Matches(CHINESE_PHONE_PATTERN, { message: CHINESE_PHONE_MESSAGE })
  contactPhone?: string | null;
}
