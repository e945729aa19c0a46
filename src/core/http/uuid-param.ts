import { ParseUUIDPipe } from '@nestjs/common';

/** `@Param('id', UUID) id: string`: a malformed id answers 400, not a database error. */
export const UUID = new ParseUUIDPipe({ version: undefined });
