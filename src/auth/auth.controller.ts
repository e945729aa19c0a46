import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public, SignedIn } from './access.decorator.js';
import { AccountView, toAccountView } from './account.view.js';
import type { Actor } from './actor.js';
import { AuthService, type TokenPair } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/auth.dto.js';
import { LoginThrottled } from './rate-limits.js';
import { AccountsService } from './accounts.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('auth/login')
  @Public()
  @LoginThrottled()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in: a short-lived access token and a refresh token',
    description: 'Wrong username or password answers 401 INVALID_CREDENTIALS (the same for both). Attempts are rate limited per address and username (429).',
  })
  async login(@Body() dto: LoginDto, @Req() request: Request): Promise<TokenPair & { account: AccountView }> {
    const { account, ...tokens } = await this.auth.login(dto.username, dto.password, request.ip ?? null);
    return { ...tokens, account: toAccountView(account) };
  }

  @Post('auth/refresh')
  @Public()
  @LoginThrottled()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Trade a refresh token for a new pair',
    description: 'Each refresh token works once. Presenting a used one again revokes the whole sign-in (it was copied).',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @SignedIn()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: the access and refresh tokens of this sign-in stop working at once' })
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor.sessionId);
  }

  @Get('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in account: role and scope' })
  @ApiOkResponse({ type: AccountView })
  async me(@CurrentActor() actor: Actor): Promise<AccountView> {
    return toAccountView(await this.accounts.get(actor.userId));
  }

  @Post('me/password')
  @SignedIn()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your password; your other sign-ins end' })
  @ApiNoContentResponse()
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.accounts.changeOwnPassword(actor, dto.currentPassword, dto.newPassword);
  }
}
