import { TARGET_GROUP_LABELS_ZH, TARGET_GROUPS } from '../labour-vocabulary/index.js';
import { assessRequirement } from './features/certificates.js';
import { regionSteps } from './geo.js';
import { haversineKm } from './geo.js';
import { certificateLabel, educationZh, formatKm, levelZh } from './labels.js';
import type { PreparedPosition, PreparedSeeker } from './prepare.js';
import { F, type FeatureVector } from './score.js';
import { sharedTerms } from './text/sparse-vector.js';
import { canonicalTerm } from './text/synonyms.js';
import type { Vocabulary } from './text/vocabulary.js';
import { FEATURE_NAMES, type FeatureName, type Gap, type Reason } from './types.js';
import type { MatchingWeights } from './weights.js';

/** Thresholds above which a feature is worth telling the seeker about. */
const SAYS = { desiredTitle: 0.3, text: 0.2, freshness: 0.8, congestion: 0.5 } as const;

export interface ExplainInput {
  seeker: PreparedSeeker;
  position: PreparedPosition;
  features: FeatureVector;
  weights: MatchingWeights;
  vocabulary: Vocabulary;
  nowMs: number;
}

export const featureRecord = (features: FeatureVector): Partial<Record<FeatureName, number>> => {
  const record: Partial<Record<FeatureName, number>> = {};
  FEATURE_NAMES.forEach((name, index) => {
    const value = features[index];
    if (value === value) record[name] = Math.round(value * 10_000) / 10_000;
  });
  return record;
};

/**
 * Plain-language reasons and soft gaps (hard-rule gaps come from eligibility). Built only
 * for pairs that are shown, never in the scoring loop.
 */
export const explainFeatures = ({ seeker, position, features, weights, vocabulary, nowMs }: ExplainInput): {
  reasons: Reason[];
  gaps: Gap[];
} => {
  const reasons: Reason[] = [];
  const gaps: Gap[] = [];
  const p = position.input;
  const s = seeker.input;

  for (const requirement of position.requirements) {
    const { status, certificate } = assessRequirement(seeker.certificates, requirement, nowMs);
    if ((status === 'met_verified' || status === 'met_unverified') && certificate) {
      const verified = status === 'met_verified';
      reasons.push({
        code: verified ? 'CERTIFICATE_VERIFIED' : 'CERTIFICATE_HELD',
        zh: `持有${certificateLabel(requirement.name, certificate.level)}（${verified ? '已核验' : '待核验'}）`,
        en: `holds the ${requirement.name} certificate${verified ? ' (verified)' : ' (not yet verified)'}`,
      });
      if (!verified) gaps.push({ code: 'CERTIFICATE_UNVERIFIED', zh: `${requirement.name}证书尚未核验，核验后更有优势` });
    } else if (!requirement.mandatory) {
      gaps.push({
        code: 'PREFERRED_CERTIFICATE',
        zh: `持有${certificateLabel(requirement.name, requirement.minLevel)}者优先`,
        ...(status === 'level_too_low' && certificate ? { detail: `现有${levelZh(certificate.level)}证书` } : {}),
        certificate: { certificateTypeId: requirement.certificateTypeId, minLevel: requirement.minLevel },
      });
    }
  }

  if (features[F.skills] === features[F.skills]) {
    const seekerSkills = new Set(s.skills.map(canonicalTerm));
    const matched = p.skills.filter((skill) => seekerSkills.has(canonicalTerm(skill)));
    const missing = p.skills.filter((skill) => !seekerSkills.has(canonicalTerm(skill)));
    if (matched.length) reasons.push({ code: 'SKILLS_MATCH', zh: `技能匹配：${matched.join('、')}`, en: `skills: ${matched.join(', ')}` });
    if (missing.length) gaps.push({ code: 'MISSING_SKILLS', zh: `缺少技能：${missing.join('、')}` });
  }

  const occupation = features[F.occupation];
  if (occupation >= 1) reasons.push({ code: 'OCCUPATION_MATCH', zh: '岗位职业与求职意向一致', en: 'the occupation the seeker wants' });
  else if (occupation >= 0.7) reasons.push({ code: 'OCCUPATION_CLOSE', zh: '岗位职业与求职意向相近', en: 'close to the occupation the seeker wants' });

  if (features[F.desiredTitle] >= SAYS.desiredTitle) {
    reasons.push({ code: 'TITLE_MATCH', zh: '岗位与期望职位相符', en: 'matches the jobs the seeker asked for' });
  }
  if (features[F.text] >= SAYS.text) {
    const words = sharedTerms(seeker.vector, position.vector)
      .map(({ id }) => vocabulary.token(id))
      .filter((token) => !token.includes(' '))
      .slice(0, 3);
    reasons.push({
      code: 'EXPERIENCE_RELATED',
      zh: words.length ? `与工作经历相关：${words.join('、')}` : '与工作经历相关',
      en: 'related to past work',
    });
  }

  const education = features[F.education];
  if (education === education) {
    if (education >= 1) reasons.push({ code: 'EDUCATION_MET', zh: '学历符合要求', en: 'education meets the requirement' });
    else gaps.push({ code: 'EDUCATION_BELOW_REQUIREMENT', zh: `学历低于要求（要求${educationZh(p.minEducation)}）`, detail: `现为${educationZh(s.education)}` });
  }

  const salary = features[F.salary];
  if (salary === salary) {
    if (salary >= 0.85) reasons.push({ code: 'SALARY_MEETS_EXPECTATION', zh: '薪资符合期望', en: 'pay meets the expectation' });
    else gaps.push({ code: 'SALARY_BELOW_EXPECTATION', zh: '期望薪资高于岗位上限', detail: `期望${s.desiredSalaryMin}元/月，岗位最高${p.salaryMax ?? p.salaryMin}元/月` });
  }

  if (features[F.proximity] === features[F.proximity]) {
    if (seeker.lat === seeker.lat && position.lat === position.lat) {
      const km = haversineKm(seeker.lat, seeker.lng, position.lat, position.lng);
      if (s.maxTravelKm && km > s.maxTravelKm) {
        gaps.push({ code: 'TOO_FAR', zh: `距离约${formatKm(km)}，超出期望通勤范围（${s.maxTravelKm}公里）` });
      } else if (s.maxTravelKm || km <= weights.params.distanceScaleKm * 2) {
        reasons.push({ code: 'NEARBY', zh: `距离约${formatKm(km)}`, en: `about ${km < 1 ? km.toFixed(1) : Math.round(km)} km away` });
      }
    } else {
      const steps = regionSteps(s.region.path, p.region.path);
      if (steps === 0) reasons.push({ code: 'SAME_AREA', zh: '家门口就业（同一区域）', en: 'in the seeker’s own area' });
      else if (steps === 1) reasons.push({ code: 'NEIGHBOURING_AREA', zh: '离家近（相邻区域）', en: 'in a neighbouring area' });
    }
  }

  const schedule = features[F.schedule];
  if (schedule >= 0.999 && s.availability.length) {
    reasons.push({ code: 'SCHEDULE_FITS', zh: '工作时间与可工作时段相符', en: 'hours fit the seeker’s availability' });
  }

  if (features[F.priority] >= 1) {
    const groups = TARGET_GROUPS.filter((_, i) => (seeker.groups & position.preferredGroups & (1 << i)) !== 0);
    reasons.push({ code: 'PREFERRED_GROUP', zh: `用人单位优先招用${groups.map((g) => TARGET_GROUP_LABELS_ZH[g]).join('、')}`, en: 'the employer prefers this group' });
  } else if (features[F.priority] >= 0.5) {
    reasons.push({ code: 'ASSISTANCE_PRIORITY', zh: '就业援助对象优先推荐', en: 'priority for employment assistance' });
  }
  if (features[F.freshness] >= SAYS.freshness) reasons.push({ code: 'NEW_POSITION', zh: '新发布岗位', en: 'newly published' });
  if (features[F.congestion] >= SAYS.congestion) {
    gaps.push({ code: 'HIGH_COMPETITION', zh: '该岗位投递人数较多', detail: `已收到${p.applicationsReceived}份投递，招聘${p.headcount}人` });
  }
  return { reasons, gaps };
};
