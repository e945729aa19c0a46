import { DomainError } from '../core/errors/domain-error.js';
import { assertCoordinatesPaired, plainExperience, plainSlots, profileColumns } from './seeker-fields.js';

describe('seeker fields', () => {
  it('stores slots in week order', () => {
    expect(
      plainSlots([
        { day: 3, start: '13:00', end: '15:00' },
        { day: 1, start: '14:00', end: '16:00' },
        { day: 1, start: '08:00', end: '11:00' },
      ]),
    ).toEqual([
      { day: 1, start: '08:00', end: '11:00' },
      { day: 1, start: '14:00', end: '16:00' },
      { day: 3, start: '13:00', end: '15:00' },
    ]);
  });

  it('stores experience without empty optional keys', () => {
    expect(plainExperience([{ title: '保洁', employer: '', years: 0 }, { title: '焊工', description: '二保焊' }])).toEqual([
      { title: '保洁', years: 0 },
      { title: '焊工', description: '二保焊' },
    ]);
  });

  it('wants both coordinates or neither', () => {
    expect(() => assertCoordinatesPaired(null, null)).not.toThrow();
    expect(() => assertCoordinatesPaired(36.1, 116.7)).not.toThrow();
    expect(() => assertCoordinatesPaired(36.1, null)).toThrow(DomainError);
    expect(() => assertCoordinatesPaired(null, 116.7)).toThrow(/together/);
  });

  it('sets only the fields given, null included', () => {
    expect(profileColumns({ phone: null, skills: ['育婴'] })).toEqual({ phone: null, skills: ['育婴'] });
    expect(profileColumns({})).toEqual({});
  });
});
