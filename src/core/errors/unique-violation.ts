import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL refused a row for a unique index (23505): two writers raced past a check.
 * With `column`, only when that column is part of the violated key.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; detail?: string } | undefined;
  return driverError?.code === '23505' && (column === undefined || (driverError.detail ?? '').includes(column));
}
