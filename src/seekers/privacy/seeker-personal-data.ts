import type { Seeker } from '../seeker.entity.js';
import { toSeekerView, type SeekerView } from '../seeker.view.js';
import type { PersonalRecordKind } from './personal-data.service.js';

/** A seeker profile: the phone is the personal data (the ID number is always masked here). */
export const SEEKER_PROFILE: PersonalRecordKind<Seeker, SeekerView> = {
  action: 'seeker.phone.read',
  subjectType: 'seeker',
  seekerIdOf: (seeker) => seeker.id,
  auditSubjectOf: (seeker) => (seeker.phone === null ? null : seeker.id),
  view: (seeker, inClear) => toSeekerView(seeker, { phoneInClear: inClear }),
};
