import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './all-exceptions.filter.js';

const withCode = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a dropped connection', withCode('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', withCode('timeout exceeded when trying to connect')],
    ['the server shutting down', queryFailed(withCode('terminating connection due to administrator command', '57P01'))],
    ['the server starting', queryFailed(withCode('the database system is starting up', '57P03'))],
    ['a connection failure (class 08)', queryFailed(withCode('connection failure', '08006'))],
    ['a statement cut by its timeout', queryFailed(withCode('canceling statement due to statement timeout', '57014'))],
  ])('is true for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(withCode('duplicate key value', '23505'))],
    ['a programming error', new TypeError('undefined is not a function')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
