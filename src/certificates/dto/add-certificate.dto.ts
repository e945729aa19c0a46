import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { CERTIFICATE_LEVELS, type CertificateLevel } from '../../../libs/labour-vocabulary/index.js';
import { MaxChars, NoNulCharacter, Trim } from '../../core/http/dto-decorators.js';
import { ISO_DATE } from '../certificate-dates.js';

/**
 * One spelling per certificate number, so a duplicate cannot hide behind spaces,
 * full-width characters or case.
 */
export const normaliseCertificateNumber = (value: unknown): unknown =>
  typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, '').toUpperCase() : value;

const CERTIFICATE_NUMBER = /^[\p{L}\p{N}\-/().]+$/u;

export class AddCertificateDto {
  @ApiProperty({ format: 'uuid', description: 'From GET /certificate-types' })
  @IsUUID('all')
  certificateTypeId: string;

  @ApiPropertyOptional({
    enum: CERTIFICATE_LEVELS,
    nullable: true,
    description: '5 = 五级/初级工 … 1 = 一级/高级技师; one of the type’s levels, or null when the type has none',
  })
  @IsOptional()
  @IsIn(CERTIFICATE_LEVELS)
  level?: CertificateLevel | null;

  @ApiProperty({ example: 'S000037090001234567', maxLength: 64, description: 'Spaces dropped, letters upper-cased' })
  @Transform(({ value }) => normaliseCertificateNumber(value))
  @IsString()
  @IsNotEmpty()
  @MaxChars(64)
  @Matches(CERTIFICATE_NUMBER, { message: 'certificateNumber may hold letters, digits and - / ( ) . only' })
  certificateNumber: string;

  @ApiProperty({ example: '肥城市职业技能鉴定中心', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  @NoNulCharacter()
  issuer: string;

  @ApiProperty({ example: '2023-06-15', format: 'date', description: 'Not in the future (China time)' })
  @IsString()
  @Matches(ISO_DATE, { message: 'issuedOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'issuedOn must be a real calendar date' })
  issuedOn: string;

  @ApiPropertyOptional({
    example: '2029-06-15',
    format: 'date',
    nullable: true,
    description: 'After issuedOn. Left out: issuedOn + the type’s validity (特种作业操作证: 6 years), or none',
  })
  @IsOptional()
  @IsString()
  @Matches(ISO_DATE, { message: 'expiresOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'expiresOn must be a real calendar date' })
  expiresOn?: string | null;
}
