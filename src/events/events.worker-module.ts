import { Module } from '@nestjs/common';
import { EventMaterialiser } from './event-materialiser.js';
import { EventsProcessor } from './events.processor.js';
import { InvitationService } from './invitations/invitation.service.js';

/** The worker side: materialising series and sending invitation digests. */
@Module({ providers: [EventMaterialiser, InvitationService, EventsProcessor] })
export class EventsWorkerModule {}
