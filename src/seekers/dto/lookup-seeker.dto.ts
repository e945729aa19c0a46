import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { normalizeResidentId } from '../../../libs/china-ids/index.js';
import { IsResidentId } from './validators.js';

/** The ID number travels in the body so it stays out of URLs, proxies and access logs. */
export class LookupSeekerDto {
  @ApiProperty({ example: '11010519491231002X' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeResidentId(value) : value))
  @IsResidentId()
  idNumber: string;
}
