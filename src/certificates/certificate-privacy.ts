import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { mapPage, type Page } from '../core/http/pagination.js';
import { PersonalDataService } from '../seekers/privacy/personal-data.service.js';
import { todayInChina } from './certificate-dates.js';
import { toSeekerCertificateView, type SeekerCertificateView } from './certificate.views.js';
import type { SeekerCertificate } from './seeker-certificate.entity.js';

/**
 * Certificate views as the actor may see them. A certificate number can embed the ID number
 * (特种作业操作证 = T + ID), so it is personal data: masked for an HR officer until the seeker
 * applies, and every clear read by staff is audited.
 */
@Injectable()
export class CertificateViews {
  constructor(private readonly personal: PersonalDataService) {}

  async one(actor: Actor, certificate: SeekerCertificate, requestId: string | null): Promise<SeekerCertificateView> {
    const [view] = await this.many(actor, [certificate], requestId);
    return view as SeekerCertificateView;
  }

  async page(actor: Actor, page: Page<SeekerCertificate>, requestId: string | null): Promise<Page<SeekerCertificateView>> {
    const views = await this.many(actor, page.items, requestId);
    return mapPage(page, (_certificate, index) => views[index] as SeekerCertificateView);
  }

  private async many(actor: Actor, certificates: readonly SeekerCertificate[], requestId: string | null): Promise<SeekerCertificateView[]> {
    const clear = await this.personal.shownInClear(actor, [...new Set(certificates.map((certificate) => certificate.seekerId))]);
    const read = certificates.filter((certificate) => clear.has(certificate.seekerId)).map((certificate) => certificate.id);
    await this.personal.recordClearReads(actor, 'seeker_certificate.number.read', 'seeker_certificate', read, requestId);
    const today = todayInChina();
    return certificates.map((certificate) => toSeekerCertificateView(certificate, today, { numberInClear: clear.has(certificate.seekerId) }));
  }
}
