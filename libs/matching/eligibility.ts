import { PUBLIC_WELFARE_ELIGIBLE_GROUPS, TARGET_GROUP_LABELS_ZH } from '../labour-vocabulary/index.js';
import { assessRequirement, isMet } from './features/certificates.js';
import { certificateLabel, levelZh, POSITION_STATUS_ZH } from './labels.js';
import type { PreparedPosition, PreparedSeeker } from './prepare.js';
import type { Gap } from './types.js';
import { coverage } from './week-mask.js';

/** Below this share of the job's hours the seeker cannot take it (15 minutes of slack on a day shift). */
export const MIN_SCHEDULE_COVERAGE = 0.9;
/** Weekly hours may exceed the seeker's free hours by this factor before it is a rule breach. */
export const WEEKLY_HOURS_TOLERANCE = 1.2;

export const positionIsOpen = (position: PreparedPosition, nowMs: number): boolean =>
  position.input.status === 'open' && position.expiresAtMs > nowMs;

export const seekerIsMatchable = (seeker: PreparedSeeker): boolean =>
  seeker.input.consentToMatch && seeker.input.status === 'active';

const PUBLIC_WELFARE_GROUPS_ZH = PUBLIC_WELFARE_ELIGIBLE_GROUPS.map((g) => TARGET_GROUP_LABELS_ZH[g]).join('、');

/**
 * The hard rules. With `gaps` null it answers as fast as it can (the scoring loop: no
 * allocation, first breach wins); with an array it checks every rule and records each
 * breach, so a seeker can be told everything that stands between them and the job.
 * `pairOnly` skips the rules about one side alone (position open, seeker matchable),
 * which a one-to-many run has already checked once for the query and, through the
 * index, for every candidate.
 */
export const checkEligibility = (
  seeker: PreparedSeeker,
  position: PreparedPosition,
  nowMs: number,
  gaps: Gap[] | null,
  pairOnly = false,
): boolean => {
  let eligible = true;
  if (!pairOnly && !checkSides(seeker, position, nowMs, gaps)) {
    if (!gaps) return false;
    eligible = false;
  }
  if (position.publicWelfare && !seeker.publicWelfareEligible) {
    if (!gaps) return false;
    eligible = false;
    gaps.push({ code: 'PUBLIC_WELFARE_NOT_ELIGIBLE', zh: '公益性岗位仅面向就业援助对象', detail: `限${PUBLIC_WELFARE_GROUPS_ZH}` });
  }
  if (position.hasMandatory) {
    for (const requirement of position.requirements) {
      if (!requirement.mandatory) continue;
      const { status, certificate } = assessRequirement(seeker.certificates, requirement, nowMs);
      if (isMet(status)) continue;
      if (!gaps) return false;
      eligible = false;
      // Expired or too-low certificates are "missing" for the rule; the detail says why.
      const detail =
        status === 'expired' && certificate
          ? `已有证书已于${certificate.input.expiresOn}过期`
          : status === 'level_too_low' && certificate
            ? `现有${levelZh(certificate.level) || '未定级'}证书，等级不足`
            : undefined;
      gaps.push({
        code: 'MISSING_CERTIFICATE',
        zh: `缺少${certificateLabel(requirement.name, requirement.minLevel)}`,
        ...(detail ? { detail } : {}),
        certificate: { certificateTypeId: requirement.certificateTypeId, minLevel: requirement.minLevel },
      });
    }
  }
  if (seeker.offer) {
    if (position.need) {
      const covered = coverage(position.need, seeker.offer);
      if (covered < MIN_SCHEDULE_COVERAGE) {
        if (!gaps) return false;
        eligible = false;
        gaps.push({ code: 'SCHEDULE_CONFLICT', zh: '岗位工作时间超出可工作时段', detail: `可覆盖岗位工时的${Math.round(covered * 100)}%` });
      }
    } else {
      const hours = position.weeklyHours;
      const free = seeker.offerMinutes / 60;
      if (hours && hours > free * WEEKLY_HOURS_TOLERANCE) {
        if (!gaps) return false;
        eligible = false;
        gaps.push({ code: 'HOURS_EXCEED_AVAILABILITY', zh: `每周工时${hours}小时，超出可工作时间${Math.round(free)}小时` });
      }
    }
  }
  return eligible;
};

/** Rules about one side alone: the position is open and current, the seeker wants matches. */
const checkSides = (seeker: PreparedSeeker, position: PreparedPosition, nowMs: number, gaps: Gap[] | null): boolean => {
  let eligible = true;
  const p = position.input;
  const s = seeker.input;
  if (p.status !== 'open') {
    if (!gaps) return false;
    eligible = false;
    gaps.push({ code: 'POSITION_NOT_OPEN', zh: `岗位当前不在招聘中（${POSITION_STATUS_ZH[p.status] ?? p.status}）` });
  } else if (position.expiresAtMs <= nowMs) {
    if (!gaps) return false;
    eligible = false;
    gaps.push({ code: 'POSITION_EXPIRED', zh: '岗位已过有效期', detail: `有效期至${p.validUntil}` });
  }
  if (!s.consentToMatch) {
    if (!gaps) return false;
    eligible = false;
    gaps.push({ code: 'NO_CONSENT', zh: '求职者未同意参与岗位匹配' });
  }
  if (s.status !== 'active') {
    if (!gaps) return false;
    eligible = false;
    gaps.push({ code: 'SEEKER_NOT_ACTIVE', zh: '求职者当前不在求职状态' });
  }
  return eligible;
};
