import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { MaxChars, NoNulCharacter, Trim, TrimToNull } from '../../core/http/dto-decorators.js';

/** Who decided: the same field on a verification and on a rejection. */
class CertificateDecisionDto {
  @ApiProperty({ example: '肥城市公共就业服务中心 张敏', maxLength: 100, description: 'Who checked the certificate' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  @NoNulCharacter()
  verifiedBy: string;
}

export class VerifyCertificateDto extends CertificateDecisionDto {
  @ApiPropertyOptional({ example: '已在技能人才评价证书全国联网查询系统核验', maxLength: 500, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxChars(500)
  @NoNulCharacter()
  note?: string | null;
}

/** A rejection always says why, for the resident and for whoever re-checks it. */
export class RejectCertificateDto extends CertificateDecisionDto {
  @ApiProperty({ example: '联网查询无此证书编号', maxLength: 500, description: 'Why it is rejected (required)' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'note must say why the certificate is rejected' })
  @MaxChars(500)
  @NoNulCharacter()
  note: string;
}
