import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { TIME_OF_DAY, type WeeklySlot } from '../../../libs/labour-vocabulary/index.js';
import { IsAfterStart } from './validators.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One block of time the seeker can work, within one day. */
export class WeeklySlotDto implements WeeklySlot {
  @ApiProperty({ enum: WEEKDAYS, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsIn(WEEKDAYS)
  day: WeeklySlot['day'];

  @ApiProperty({ example: '08:30', pattern: TIME_OF_DAY.source })
  @IsString()
  @Matches(TIME_OF_DAY, { message: 'start must be a time HH:mm' })
  start: string;

  @ApiProperty({ example: '14:30', pattern: TIME_OF_DAY.source, description: 'Later than start, same day' })
  @IsString()
  @Matches(TIME_OF_DAY, { message: 'end must be a time HH:mm' })
  @IsAfterStart()
  end: string;
}
