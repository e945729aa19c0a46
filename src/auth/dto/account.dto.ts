import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { OptionalNotNull, Trim } from '../../core/http/dto-decorators.js';
import { PageQueryDto } from '../../core/http/pagination.js';
import { REGION_CODE_MESSAGE, REGION_CODE_PATTERN } from '../../regions/dto/region-fields.js';
import { ROLES, type Role } from '../roles.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth.dto.js';

const USERNAME = /^[a-z0-9_.@-]{3,64}$/;

export class CreateAccountDto {
  @ApiProperty({ example: 'wang.fang', description: '3-64 of a-z 0-9 _ . @ -; case is ignored' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(USERNAME, { message: 'username must be 3-64 of a-z 0-9 _ . @ -' })
  username: string;

  @ApiProperty({ example: '王芳' })
  @Trim()
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'centre_admin / centre_staff (absent = every region, admins only), grid_worker (required: a grid or community)' })
  @ValidateIf((dto: CreateAccountDto) => dto.role === 'grid_worker' || dto.regionCode !== undefined)
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: `regionCode ${REGION_CODE_MESSAGE}` })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'hr_officer: required' })
  @ValidateIf((dto: CreateAccountDto) => dto.role === 'hr_officer' || dto.enterpriseId !== undefined)
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'seeker: required' })
  @ValidateIf((dto: CreateAccountDto) => dto.role === 'seeker' || dto.seekerId !== undefined)
  @IsUUID()
  seekerId?: string;
}

export class UpdateAccountDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ description: 'false ends every sign-in of the account at once' })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'A new password set by staff; every sign-in of the account ends' })
  @OptionalNotNull()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class AccountQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the username or display name' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 64)
  q?: string;
}
