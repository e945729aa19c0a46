import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { MaxChars, NoNulCharacter, Trim, TrimToNull } from '../../core/http/dto-decorators.js';

/** Who decided is the signed-in officer, recorded by the service, never taken from the body. */
export class VerifyCertificateDto {
  @ApiPropertyOptional({ example: '已在技能人才评价证书全国联网查询系统核验', maxLength: 500, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(500)
  @NoNulCharacter()
  note?: string | null;
}

/** A rejection always says why, for the resident and for whoever re-checks it. */
export class RejectCertificateDto {
  @ApiProperty({ example: '联网查询无此证书编号', maxLength: 500, description: 'Why it is rejected (required)' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'note must say why the certificate is rejected' })
  @MaxChars(500)
  @NoNulCharacter()
  note: string;
}
