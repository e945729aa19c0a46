import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from './roles.js';
import type { UserAccount } from './user-account.entity.js';

export class AccountView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Centre roles and grid workers: root of their region subtree; null = every region' })
  regionCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) enterpriseId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) seekerId: string | null;
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export function toAccountView(account: UserAccount): AccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    regionCode: account.regionCode,
    enterpriseId: account.enterpriseId,
    seekerId: account.seekerId,
    active: account.active,
    lastLoginAt: account.lastLoginAt,
    createdAt: account.createdAt,
  };
}
