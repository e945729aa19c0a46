import type { PersonalRecordKind } from '../seekers/privacy/personal-data.service.js';
import { todayInChina } from './certificate-dates.js';
import { toSeekerCertificateView, type SeekerCertificateView } from './certificate.views.js';
import type { SeekerCertificate } from './seeker-certificate.entity.js';

/** A certificate: its number is personal data, as it can embed the ID number (特种作业操作证 = T + ID). */
export const SEEKER_CERTIFICATE: PersonalRecordKind<SeekerCertificate, SeekerCertificateView> = {
  action: 'seeker_certificate.number.read',
  subjectType: 'seeker_certificate',
  seekerIdOf: (certificate) => certificate.seekerId,
  auditSubjectOf: (certificate) => certificate.id,
  view: (certificate, inClear) => toSeekerCertificateView(certificate, todayInChina(), { numberInClear: inClear }),
};
