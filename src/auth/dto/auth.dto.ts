import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../core/http/dto-decorators.js';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes anything, but a megabyte "password" is an attack, not a password. */
export const PASSWORD_MAX_LENGTH = 128;

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @Trim()
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the last refresh' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
