import { ApplicationStep } from '../../applications/application-step.entity.js';
import { Application } from '../../applications/application.entity.js';
import { EventSeries } from '../../events/event-series.entity.js';
import { RecruitmentEvent } from '../../events/event.entity.js';
import { EventEnterprise, EventPosition } from '../../events/event-participation.entity.js';
import { EventQuestion } from '../../events/livestream/event-question.entity.js';
import { Notification } from '../../notifications/notification.entity.js';
import { Campaign } from '../../campaigns/campaign.entity.js';
import { TrainingAttendance, TrainingEnrolment, TrainingProgram, TrainingSession } from '../../training/training.entities.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { AuthSession } from '../../auth/auth-session.entity.js';
import { UserAccount } from '../../auth/user-account.entity.js';
import { CertificateType } from '../../certificates/certificate-type.entity.js';
import { SeekerCertificate } from '../../certificates/seeker-certificate.entity.js';
import { DomainChange } from '../../domain-changes/domain-change.entity.js';
import { MatchSubjectState } from '../../domain-changes/match-subject-state.entity.js';
import { Enterprise } from '../../enterprises/enterprise.entity.js';
import { MatchFeedback } from '../../matching/match-feedback.entity.js';
import { PositionCandidate } from '../../matching/position-candidate.entity.js';
import { RebuildRun } from '../../matching/rebuild-run.entity.js';
import { SeekerRecommendation } from '../../matching/seeker-recommendation.entity.js';
import { PositionCertificateRequirement } from '../../positions/position-certificate-requirement.entity.js';
import { Position } from '../../positions/position.entity.js';
import { Region } from '../../regions/region.entity.js';
import { Seeker } from '../../seekers/seeker.entity.js';

/**
 * Every TypeORM entity of the service, listed once so the API, the worker, the seed
 * scripts and the migration CLI all see the same schema.
 */
export const ENTITIES = [
  Region,
  Enterprise,
  CertificateType,
  Position,
  PositionCertificateRequirement,
  Seeker,
  SeekerCertificate,
  DomainChange,
  MatchSubjectState,
  SeekerRecommendation,
  PositionCandidate,
  MatchFeedback,
  RebuildRun,
  UserAccount,
  AuthSession,
  AuditEvent,
  Application,
  ApplicationStep,
  EventSeries,
  RecruitmentEvent,
  EventEnterprise,
  EventPosition,
  Notification,
  EventQuestion,
  Campaign,
  TrainingProgram,
  TrainingSession,
  TrainingEnrolment,
  TrainingAttendance,
];
