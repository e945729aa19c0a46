import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from './accounts.service.js';

/** The API creates the first centre admin from config when none exists yet. */
@Injectable()
export class FirstAdminBootstrap implements OnApplicationBootstrap {
  constructor(private readonly accounts: AccountsService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.accounts.ensureFirstAdmin();
  }
}
