import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller.js';

/** The API side: the seeker's inbox. */
@Module({ controllers: [InboxController] })
export class NotificationsModule {}
