import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../http/pagination.js';
import { MAX_INPUT_DEPTH, createValidationPipe, type FieldError } from './validation.js';

class ItemDto {
  @IsString()
  name: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  count?: number;
}

class OrderDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  quantity?: number;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ItemDto)
  items?: ItemDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => ItemDto)
  main?: ItemDto;
}

const pipe = createValidationPipe();

/** The failing fields the global pipe answers with (a 400), or what it passes on. */
async function run(metatype: new () => unknown, value: unknown, type: ArgumentMetadata['type'] = 'body', data?: string) {
  try {
    return { value: await pipe.transform(value, { type, metatype, data }), errors: [] as FieldError[] };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return { value: undefined, errors: (error.getResponse() as { errors: FieldError[] }).errors };
  }
}

/** `[[[…]]]` as the JSON body parser hands it over. */
const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('the global validation pipe: input that would otherwise fail further on', () => {
  it('passes a valid DTO with its nested objects', async () => {
    const { value, errors } = await run(OrderDto, { quantity: '2', items: [{ name: 'a' }], main: { name: 'b' } });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ quantity: 2, items: [{ name: 'a' }], main: { name: 'b' } });
  });

  it('refuses nesting deeper than any DTO instead of overflowing the stack', async () => {
    const { errors } = await run(OrderDto, { items: nested(10_000) });
    expect(errors).toEqual([{ field: `items${'[0]'.repeat(MAX_INPUT_DEPTH - 1)}`, messages: [`must not nest more than ${MAX_INPUT_DEPTH} levels deep`] }]);
    expect((await run(OrderDto, nested(10_000))).errors[0]?.field).toMatch(/^(\[0\])+$/);
  });

  it.each([
    ['a body field', OrderDto, { quantity: { toString: 'x', valueOf: 1 } }, 'body', 'quantity'],
    ['a nested field', OrderDto, { items: [{ name: 'a', count: { valueOf: {} } }] }, 'body', 'items[0].count'],
    ['a query value (?page[toString]=1)', PageQueryDto, { page: { toString: '1' } }, 'query', 'page'],
    ['the whole body', OrderDto, { valueOf: 1 }, 'body', 'body'],
  ] as const)('refuses an object with its own toString or valueOf in %s', async (_case, metatype, value, type, field) => {
    expect((await run(metatype, value, type)).errors.map((error) => error.field)).toEqual([field]);
  });

  it.each([
    ['a nested string of the body', OrderDto, { items: [{ name: 'a\u0000' }] }, 'body', undefined, 'items[0].name'],
    ['a query value', ItemDto, { name: 'a\u0000' }, 'query', undefined, 'name'],
    ['a path parameter', String, 'a\u0000b', 'param', 'code', 'code'],
  ] as const)('refuses U+0000 (PostgreSQL cannot store it) in %s', async (_case, metatype, value, type, data, field) => {
    expect((await run(metatype, value, type, data)).errors).toEqual([{ field, messages: [`${field} must not contain NUL characters`] }]);
  });

  it.each([
    ['a list of lists for a list of DTOs', { items: [[]] }, ['items[0]']],
    ['a list inside the list', { items: [{ name: 'a' }, [{ name: 'b' }]] }, ['items[1]']],
    ['a list for one DTO', { main: [] }, ['main']],
  ])('refuses %s', async (_case, value, fields) => {
    expect((await run(OrderDto, value)).errors.map((error) => error.field)).toEqual(fields);
  });
});
