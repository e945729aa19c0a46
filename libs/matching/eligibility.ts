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
 * The hard rules. With `gaps` null it answers as fast as it can (the scoring loop);
 * with an array it checks every rule and records each breach, so a seeker can be told
 * everything that stands between them and the job, not only the first thing.
 */
export const checkEligibility = (
  seeker: PreparedSeeker,
  position: PreparedPosition,
  nowMs: number,
  gaps: Gap[] | null,
): boolean => {
  let eligible = true;
  const fail = (gap: () => Gap): boolean => {
    eligible = false;
    if (gaps) gaps.push(gap());
    return gaps === null; // stop early only when nobody wants the list
  };

  if (position.input.status !== 'open') {
    if (fail(() => ({ code: 'POSITION_NOT_OPEN', zh: `岗位当前不在招聘中（${POSITION_STATUS_ZH[position.input.status] ?? position.input.status}）` })))
      return false;
  } else if (position.expiresAtMs <= nowMs) {
    if (fail(() => ({ code: 'POSITION_EXPIRED', zh: '岗位已过有效期', detail: `有效期至${position.input.validUntil}` })))
      return false;
  }
  if (!seeker.input.consentToMatch) {
    if (fail(() => ({ code: 'NO_CONSENT', zh: '求职者未同意参与岗位匹配' }))) return false;
  }
  if (seeker.input.status !== 'active') {
    if (fail(() => ({ code: 'SEEKER_NOT_ACTIVE', zh: '求职者当前不在求职状态' }))) return false;
  }
  if (position.publicWelfare && !seeker.publicWelfareEligible) {
    const gap = (): Gap => ({
      code: 'PUBLIC_WELFARE_NOT_ELIGIBLE',
      zh: '公益性岗位仅面向就业援助对象',
      detail: `限${PUBLIC_WELFARE_GROUPS_ZH}`,
    });
    if (fail(gap)) return false;
  }
  if (position.hasMandatory) {
    for (const requirement of position.requirements) {
      if (!requirement.mandatory) continue;
      const { status, certificate } = assessRequirement(seeker.certificates, requirement, nowMs);
      if (isMet(status)) continue;
      const gap = (): Gap => ({
        code: 'MISSING_CERTIFICATE',
        zh: `缺少${certificateLabel(requirement.name, requirement.minLevel)}`,
        ...(status === 'expired' && certificate
          ? { detail: `已有证书已于${certificate.input.expiresOn}过期` }
          : status === 'level_too_low' && certificate
            ? { detail: `现有${levelZh(certificate.level) || '未定级'}证书，等级不足` }
            : {}),
      });
      if (fail(gap)) return false;
    }
  }
  if (seeker.offer) {
    if (position.need) {
      const covered = coverage(position.need, seeker.offer);
      if (covered < MIN_SCHEDULE_COVERAGE) {
        const gap = (): Gap => ({
          code: 'SCHEDULE_CONFLICT',
          zh: '岗位工作时间超出可工作时段',
          detail: `可覆盖岗位工时的${Math.round(covered * 100)}%`,
        });
        if (fail(gap)) return false;
      }
    } else {
      const hours = position.input.weeklyHours;
      if (hours && hours > (seeker.offerMinutes / 60) * WEEKLY_HOURS_TOLERANCE) {
        const gap = (): Gap => ({
          code: 'HOURS_EXCEED_AVAILABILITY',
          zh: `每周工时${hours}小时，超出可工作时间${Math.round(seeker.offerMinutes / 60)}小时`,
        });
        if (fail(gap)) return false;
      }
    }
  }
  return eligible;
};
