import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { mapPage, type Page } from '../../core/http/pagination.js';
import type { Seeker } from '../seeker.entity.js';
import { toSeekerView, type SeekerView } from '../seeker.view.js';
import { PersonalDataService } from './personal-data.service.js';

/** Seeker views as the actor may see them: the phone masked or in clear, clear reads audited. */
@Injectable()
export class SeekerViews {
  constructor(private readonly personal: PersonalDataService) {}

  async one(actor: Actor, seeker: Seeker, requestId: string | null): Promise<SeekerView> {
    const [view] = await this.many(actor, [seeker], requestId);
    return view as SeekerView;
  }

  async page(actor: Actor, page: Page<Seeker>, requestId: string | null): Promise<Page<SeekerView>> {
    const views = await this.many(actor, page.items, requestId);
    return mapPage(page, (_seeker, index) => views[index] as SeekerView);
  }

  auditIdNumberRead(actor: Actor, seekerId: string, requestId: string | null): Promise<void> {
    return this.personal.recordClearReads(actor, 'seeker.id_number.read', 'seeker', [seekerId], requestId);
  }

  private async many(actor: Actor, seekers: readonly Seeker[], requestId: string | null): Promise<SeekerView[]> {
    const clear = await this.personal.shownInClear(actor, seekers.map((seeker) => seeker.id));
    const phonesRead = seekers.filter((seeker) => clear.has(seeker.id) && seeker.phone !== null).map((seeker) => seeker.id);
    await this.personal.recordClearReads(actor, 'seeker.phone.read', 'seeker', phonesRead, requestId);
    return seekers.map((seeker) => toSeekerView(seeker, { phoneInClear: clear.has(seeker.id) }));
  }
}
