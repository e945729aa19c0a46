import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { residentIdCheckDigit } from '../../../libs/china-ids/index.js';
import { createValidationPipe } from '../../core/errors/validation.js';
import { CreateSeekerDto } from './create-seeker.dto.js';
import { SeekerQueryDto } from './seeker-query.dto.js';
import { UpdateSeekerDto } from './update-seeker.dto.js';
import { normaliseMobile } from './validators.js';

const pipe = createValidationPipe();
const ID = '11010519491231002X';
const minimal = { fullName: '王秀兰', idNumber: ID, regionCode: '370983001016' };

/** The real global pipe: the fields it rejects, or the transformed value. */
async function run<T>(metatype: new () => T, value: unknown, type: ArgumentMetadata['type'] = 'body') {
  try {
    return { value: (await pipe.transform(value, { type, metatype })) as T, fields: [] as string[] };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const body = error.getResponse() as { errors: Array<{ field: string }> };
    return { value: undefined, fields: body.errors.map((e) => e.field) };
  }
}

describe('CreateSeekerDto', () => {
  it('normalises the ID number, the phone and repeated skills', async () => {
    const { value, fields } = await run(CreateSeekerDto, {
      ...minimal,
      idNumber: ' 11010519491231002x ',
      phone: '+86 138-0013-8000',
      skills: ['氩弧焊', ' 氩弧焊 ', 'ＣＡＤ', 'cad'],
    });
    expect(fields).toEqual([]);
    expect(value).toMatchObject({ idNumber: ID, phone: '13800138000', skills: ['氩弧焊', 'ＣＡＤ'] });
  });

  it.each([
    ['wrong check digit', { idNumber: '110105194912310021' }, 'idNumber'],
    ['17 digits', { idNumber: '11010519491231002' }, 'idNumber'],
    ['not a string', { idNumber: 110105194912310020 }, 'idNumber'],
    ['future birth', { idNumber: (() => { const b = '37098320990101001'; return b + residentIdCheckDigit(b); })() }, 'idNumber'],
    ['landline', { phone: '0538-3221234' }, 'phone'],
    ['slot ending before it starts', { availability: [{ day: 2, start: '10:00', end: '10:00' }] }, 'availability[0].end'],
    ['slot on day 0', { availability: [{ day: 0, start: '08:00', end: '10:00' }] }, 'availability[0].day'],
    ['slot as a string', { availability: ['Mon 8-10'] }, 'availability[0]'],
    ['emoji name overflowing the column', { fullName: '👍\uFE0F'.repeat(60) }, 'fullName'],
    ['NUL in a skill', { skills: ['焊\u0000接'] }, 'skills'],
    ['experience years with two decimals', { experience: [{ title: '焊工', years: 1.25 }] }, 'experience[0].years'],
    ['salary over an integer', { desiredSalaryMin: 2 ** 31 }, 'desiredSalaryMin'],
    ['travel over 500 km', { maxTravelKm: 501 }, 'maxTravelKm'],
    ['unknown target group', { targetGroups: ['graduate', 'astronaut'] }, 'targetGroups'],
    ['null skills', { skills: null }, 'skills'],
  ])('refuses %s', async (_case, overrides, field) => {
    const { fields } = await run(CreateSeekerDto, { ...minimal, ...overrides });
    expect(fields).toContain(field);
  });

  it('accepts 100 Chinese characters in a name but not 101', async () => {
    expect((await run(CreateSeekerDto, { ...minimal, fullName: '王'.repeat(100) })).fields).toEqual([]);
    expect((await run(CreateSeekerDto, { ...minimal, fullName: '王'.repeat(101) })).fields).toEqual(['fullName']);
  });

  it('leaves optional fields out rather than defaulting them (PATCH inherits the class)', async () => {
    const { value } = await run(CreateSeekerDto, minimal);
    expect(Object.keys(value as object).sort()).toEqual(['fullName', 'idNumber', 'regionCode']);
  });
});

describe('UpdateSeekerDto', () => {
  it('lets nullable fields be cleared but not required ones', async () => {
    expect((await run(UpdateSeekerDto, { phone: null, major: null, maxTravelKm: null })).fields).toEqual([]);
    expect((await run(UpdateSeekerDto, { fullName: null, education: null, status: null })).fields.sort()).toEqual([
      'education',
      'fullName',
      'status',
    ]);
  });

  it('does not accept an ID number', async () => {
    expect((await run(UpdateSeekerDto, { idNumber: ID })).fields).toEqual(['idNumber']);
  });

  it('leaves omitted fields undefined', async () => {
    const { value } = await run(UpdateSeekerDto, { status: 'employed' });
    expect(value).toEqual(expect.objectContaining({ status: 'employed' }));
    expect((value as UpdateSeekerDto).skills).toBeUndefined();
    expect((value as UpdateSeekerDto).consentToMatch).toBeUndefined();
  });
});

describe('SeekerQueryDto', () => {
  it('reads booleans', async () => {
    const { value } = await run(SeekerQueryDto, { consentToMatch: 'false' }, 'query');
    expect(value).toMatchObject({ consentToMatch: false, page: 1, pageSize: 20 });
  });

  it('refuses a malformed filter and an ID number in the URL (POST /seekers/lookup takes it)', async () => {
    expect((await run(SeekerQueryDto, { consentToMatch: '1', idNumber: '11010519491231002X' }, 'query')).fields.sort()).toEqual([
      'consentToMatch',
      'idNumber',
    ]);
  });
});

describe('normaliseMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['0086 138 0013 8000', '13800138000'],
    ['86-138-0013-8000', '13800138000'],
    ['0538-3221234', '05383221234'],
  ])('%s → %s', (input, output) => {
    expect(normaliseMobile(input)).toBe(output);
  });
});
