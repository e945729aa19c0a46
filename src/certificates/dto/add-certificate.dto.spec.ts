import { BadRequestException } from '@nestjs/common';
import { createValidationPipe } from '../../core/errors/validation.js';
import { AddCertificateDto } from './add-certificate.dto.js';
import { RejectCertificateDto, VerifyCertificateDto } from './verification-decision.dto.js';

const pipe = createValidationPipe();
const valid = {
  certificateTypeId: '0b6f1c3e-8d7a-4a51-9c55-2f1d3c4b5a69',
  level: 4,
  certificateNumber: 's0000 3709 ０１２３',
  issuer: '肥城市职业技能鉴定中心',
  issuedOn: '2023-06-15',
};

async function fieldsOf(metatype: new () => unknown, value: unknown): Promise<string[]> {
  try {
    await pipe.transform(value, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
  }
}

describe('AddCertificateDto', () => {
  it('writes a certificate number one way: no spaces, half-width, upper case', async () => {
    const dto = (await pipe.transform(valid, { type: 'body', metatype: AddCertificateDto })) as AddCertificateDto;
    expect(dto.certificateNumber).toBe('S000037090123');
  });

  it.each([
    ['an impossible date', { issuedOn: '2023-02-29' }, 'issuedOn'],
    ['a timestamp', { issuedOn: '2023-06-15T00:00:00Z' }, 'issuedOn'],
    ['an unknown level', { level: 0 }, 'level'],
    ['a level as text', { level: '四级' }, 'level'],
    ['a number with punctuation', { certificateNumber: 'A*B' }, 'certificateNumber'],
    ['a blank number', { certificateNumber: '   ' }, 'certificateNumber'],
    ['a type id that is no uuid', { certificateTypeId: 'welder' }, 'certificateTypeId'],
  ])('refuses %s', async (_case, overrides, field) => {
    expect(await fieldsOf(AddCertificateDto, { ...valid, ...overrides })).toEqual([field]);
  });

  it('accepts a leap day and a null level', async () => {
    expect(await fieldsOf(AddCertificateDto, { ...valid, issuedOn: '2024-02-29', level: null, expiresOn: null })).toEqual([]);
  });
});

describe('verification decisions', () => {
  it('verifying needs nothing but may say how; rejecting needs why; who decided is never taken from the body', async () => {
    expect(await fieldsOf(VerifyCertificateDto, {})).toEqual([]);
    expect(await fieldsOf(VerifyCertificateDto, { verifiedBy: '张敏' })).toEqual(['verifiedBy']);
    expect(await fieldsOf(RejectCertificateDto, {})).toEqual(['note']);
    expect(await fieldsOf(RejectCertificateDto, { note: '  ' })).toEqual(['note']);
    expect(await fieldsOf(RejectCertificateDto, { note: 'x'.repeat(501) })).toEqual(['note']);
    expect(await fieldsOf(RejectCertificateDto, { note: '查无此证' })).toEqual([]);
  });
});
