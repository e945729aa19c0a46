import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { CERTIFICATE_KINDS, type CertificateKind } from '../../../libs/labour-vocabulary/index.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { MaxChars, NoNulCharacter, Trim } from '../../core/http/dto-decorators.js';

export class CertificateTypeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_KINDS })
  @IsOptional()
  @IsIn(CERTIFICATE_KINDS)
  kind?: CertificateKind;

  @ApiPropertyOptional({ example: '6-18', description: 'Occupation code or its beginning: 6-18 finds every 6-18-…' })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^[\d-]{1,16}$/, { message: 'occupationCode must be digits and dashes, like 6-18 or 6-18-02-04' })
  occupationCode?: string;

  @ApiPropertyOptional({ example: '焊', description: 'Part of the name', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  @NoNulCharacter()
  q?: string;
}
