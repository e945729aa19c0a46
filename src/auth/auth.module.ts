import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../core/config/app-config.js';
import { AccessDeclarationsCheck } from './access-declarations.check.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { FirstAdminBootstrap } from './first-admin.bootstrap.js';
import { RateLimitGuard, RateLimits } from './rate-limits.js';

/**
 * Sign-in, accounts and the two global guards. The AuthGuard runs first, so the writes
 * limit can count per signed-in user (rate-limits.ts).
 */
@Module({
  imports: [
    DiscoveryModule,
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }) }),
  ],
  controllers: [AuthController, AccountsController],
  providers: [
    AuthService,
    AccountsService,
    FirstAdminBootstrap,
    AccessDeclarationsCheck,
    { provide: APP_GUARD, useClass: AuthGuard },
    RateLimits,
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthService, AccountsService],
})
export class AuthModule {}
