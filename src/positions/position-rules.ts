import {
  PUBLIC_WELFARE_ELIGIBLE_GROUPS,
  minutesOfDay,
  type EmploymentType,
  type TargetGroup,
  type WeeklySlot,
} from '../../libs/labour-vocabulary/index.js';
import type { FieldError } from '../core/errors/validation.js';

/**
 * Rules across fields of a position, as pure functions returning the failing fields so
 * that the service reports every problem at once. Per-field formats live in the DTOs.
 */

/** Dates a position is valid until are calendar days where the employment centres are. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

/** Today as YYYY-MM-DD in the service's time zone. */
export const todayInServiceZone = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export const fieldProblem = (field: string, message: string): FieldError => ({ field, messages: [message] });
const problem = fieldProblem;

export function salaryProblems(salaryMin: number, salaryMax: number): FieldError[] {
  return salaryMin > salaryMax
    ? [problem('salaryMax', `salaryMax (${salaryMax}) must not be lower than salaryMin (${salaryMin})`)]
    : [];
}

/** Each slot must end after it starts, and slots of one day must not overlap. */
export function workSlotProblems(slots: readonly WeeklySlot[]): FieldError[] {
  const problems: FieldError[] = [];
  slots.forEach((slot, index) => {
    if (minutesOfDay(slot.start) >= minutesOfDay(slot.end)) {
      problems.push(problem(`workSlots[${index}].end`, 'end must be later than start on the same day'));
    }
  });
  if (problems.length > 0) return problems;
  slots.forEach((slot, index) => {
    const clash = slots.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.day === slot.day &&
        minutesOfDay(other.start) < minutesOfDay(slot.end) &&
        minutesOfDay(slot.start) < minutesOfDay(other.end),
    );
    if (clash >= 0) problems.push(problem(`workSlots[${index}]`, `overlaps workSlots[${clash}] on day ${slot.day}`));
  });
  return problems;
}

/** A map pin needs both coordinates. */
export function coordinateProblems(latitude: number | null, longitude: number | null): FieldError[] {
  if ((latitude === null) === (longitude === null)) return [];
  return [problem(latitude === null ? 'latitude' : 'longitude', 'latitude and longitude must be given together')];
}

export function validUntilProblems(validUntil: string | null, today: string): FieldError[] {
  return validUntil !== null && validUntil < today
    ? [problem('validUntil', `validUntil must not be in the past (today is ${today})`)]
    : [];
}

export const isExpired = (validUntil: string | null, today: string): boolean => validUntil !== null && validUntil < today;

/**
 * A public-welfare post (公益性岗位) is reserved for the groups the state places with
 * priority: it defaults to all of them and may narrow them, never widen them.
 */
export function resolveTargetGroups(
  employmentType: EmploymentType,
  targetGroups: readonly TargetGroup[],
): { targetGroups: TargetGroup[]; problems: FieldError[] } {
  if (employmentType !== 'public_welfare') return { targetGroups: [...targetGroups], problems: [] };
  if (targetGroups.length === 0) return { targetGroups: [...PUBLIC_WELFARE_ELIGIBLE_GROUPS], problems: [] };
  const ineligible = targetGroups.filter((group) => !PUBLIC_WELFARE_ELIGIBLE_GROUPS.includes(group));
  return ineligible.length === 0
    ? { targetGroups: [...targetGroups], problems: [] }
    : {
        targetGroups: [...targetGroups],
        problems: [
          problem(
            'targetGroups',
            `public_welfare positions are only for ${PUBLIC_WELFARE_ELIGIBLE_GROUPS.join(', ')}; not ${ineligible.join(', ')}`,
          ),
        ],
      };
}

export interface RequirementInput {
  certificateTypeId: string;
  minLevel: number | null;
}

/** Each requirement names a known certificate type once, at a level that type is issued at. */
export function requirementProblems(
  requirements: readonly RequirementInput[],
  levelsByTypeId: ReadonlyMap<string, readonly number[]>,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  requirements.forEach((requirement, index) => {
    const field = `certificateRequirements[${index}]`;
    const typeId = requirement.certificateTypeId.toLowerCase();
    const levels = levelsByTypeId.get(typeId);
    if (seen.has(typeId)) {
      problems.push(problem(`${field}.certificateTypeId`, 'this certificate type is already required above'));
    } else if (!levels) {
      problems.push(problem(`${field}.certificateTypeId`, `certificate type ${requirement.certificateTypeId} does not exist`));
    } else if (requirement.minLevel !== null && !levels.includes(requirement.minLevel)) {
      problems.push(
        problem(
          `${field}.minLevel`,
          levels.length === 0
            ? 'this certificate type has no levels; minLevel must be null'
            : `minLevel must be one of ${levels.join(', ')} or null`,
        ),
      );
    }
    seen.add(typeId);
  });
  return problems;
}
