import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { TIME_OF_DAY, minutesOfDay, type WeeklySlot } from '../../../libs/labour-vocabulary/index.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One block of time in a week (a seeker's availability, a position's hours), within one day. */
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

/** HH:mm after the sibling `start` of the same slot (a slot never crosses midnight). */
export function IsAfterStart(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfterStart',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be later than start`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as { start?: unknown }).start;
          // A malformed time is reported by its own validator, not twice.
          if (typeof value !== 'string' || typeof start !== 'string') return true;
          if (!TIME_OF_DAY.test(value) || !TIME_OF_DAY.test(start)) return true;
          return minutesOfDay(value) > minutesOfDay(start);
        },
      },
    });
}
