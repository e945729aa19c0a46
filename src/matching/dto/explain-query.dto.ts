import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ExplainQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  seekerId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  positionId: string;
}
