import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CHINESE_PHONE_PATTERN } from './enterprise-fields.js';
import { CreateEnterpriseDto } from './create-enterprise.dto.js';

const failingFields = async (plain: Record<string, unknown>) =>
  (await validate(plainToInstance(CreateEnterpriseDto, plain), { whitelist: true, forbidNonWhitelisted: true })).map(
    (error) => error.property,
  );

const valid = { name: '肥城市桃都机械有限公司', creditCode: '91350100M000100Y43', industry: '制造业', regionCode: '370983001016' };

describe('CHINESE_PHONE_PATTERN', () => {
  it.each(['13812345678', '19912345678', '0538-3221234', '05383221234', '010-12345678', '0538-3221234-808'])('accepts %s', (phone) => {
    expect(CHINESE_PHONE_PATTERN.test(phone)).toBe(true);
  });

  it.each(['12812345678', '1381234567', '138123456789', '5383221234', '0538-32212', '+8613812345678', ''])('rejects %s', (phone) => {
    expect(CHINESE_PHONE_PATTERN.test(phone)).toBe(false);
  });
});

describe('CreateEnterpriseDto', () => {
  it('accepts a valid enterprise and upper-cases the credit code', async () => {
    expect(await failingFields(valid)).toEqual([]);
    const dto = plainToInstance(CreateEnterpriseDto, { ...valid, creditCode: valid.creditCode.toLowerCase() });
    expect(dto.creditCode).toBe('91350100M000100Y43');
  });

  it('rejects a wrong check character, a wrong length and a forbidden letter in the credit code', async () => {
    for (const creditCode of ['91350100M000100Y44', '91350100M000100Y4', '91350100M000100I43', 913501001]) {
      expect(await failingFields({ ...valid, creditCode })).toEqual(['creditCode']);
    }
  });

  it('turns blank optional text into null', () => {
    const dto = plainToInstance(CreateEnterpriseDto, { ...valid, address: '  ', contactName: ' 李经理 ' });
    expect(dto.address).toBeNull();
    expect(dto.contactName).toBe('李经理');
  });
});
