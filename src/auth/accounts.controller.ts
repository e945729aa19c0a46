import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mapPage, type Page } from '../core/http/pagination.js';
import { UUID } from '../core/http/uuid-param.js';
import { Access } from './access.decorator.js';
import { AccountsService } from './accounts.service.js';
import { AccountView, toAccountView } from './account.view.js';
import type { Actor } from './actor.js';
import { CurrentActor } from './current-actor.decorator.js';
import { AccountQueryDto, CreateAccountDto, UpdateAccountDto } from './dto/account.dto.js';

@ApiTags('accounts')
@Controller('users')
@Access('centre_admin', 'centre_staff', 'grid_worker')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @ApiOperation({
    summary: 'Open an account',
    description:
      'centre_admin: any role within their region; centre_staff: hr_officer and seeker accounts; grid_worker: seeker accounts for residents of their grid. ' +
      'The scope (region, enterprise or seeker) must lie within your own (400 when it does not exist for you).',
  })
  @ApiCreatedResponse({ type: AccountView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateAccountDto): Promise<AccountView> {
    return toAccountView(await this.accounts.create(actor, dto));
  }

  @Get()
  @ApiOperation({ summary: 'Accounts you manage' })
  async list(@CurrentActor() actor: Actor, @Query() query: AccountQueryDto): Promise<Page<AccountView>> {
    return mapPage(await this.accounts.list(actor, query), toAccountView);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account you manage' })
  @ApiOkResponse({ type: AccountView })
  async get(@CurrentActor() actor: Actor, @Param('id', UUID) id: string): Promise<AccountView> {
    return toAccountView(await this.accounts.getManaged(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, deactivate or reset the password of an account you manage (the last two end its sign-ins)' })
  @ApiOkResponse({ type: AccountView })
  async update(@CurrentActor() actor: Actor, @Param('id', UUID) id: string, @Body() dto: UpdateAccountDto): Promise<AccountView> {
    return toAccountView(await this.accounts.update(actor, id, dto));
  }
}
