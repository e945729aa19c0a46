import type { GeoPoint, PositionInput, RegionRef, SeekerExperience, SeekerInput } from '../types.js';

/**
 * Maps the job-views rows (US job board, English) onto the engine's inputs. Only content
 * is mapped: view counts never reach the engine. US places become a three-level region
 * tree (country → state → city) so proximity works as it does on the Chinese tree.
 */

export interface JobViewsPosition {
  job_id: string;
  title: string | null;
  position: string | null;
  company: string | null;
  city: string | null;
  state_code: string | null;
  industry: string | null;
}

export interface JobViewsExperience {
  position_name: string | null;
  employer: string | null;
  city: string | null;
  state_code: string | null;
  start_date: string | null;
  end_date: string | null;
  job_description: string | null;
  salary: string | null;
}

export interface JobViewsSeeker {
  applicant_id: string;
  experiences: JobViewsExperience[];
  positions_of_interest: string[];
}

/** Fixed, so freshness is the same for every position (the data has no publication dates). */
export const JOB_VIEWS_NOW = '2015-01-01T00:00:00Z';

/** 'SAN FRANCISCO ', 'San Francisco' and 'Saint Louis'/'St. Louis' meet. */
export const normalizeCity = (city: string | null | undefined): string =>
  (city ?? '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bft\b/g, 'fort')
    .replace(/\s+/g, ' ')
    .trim();

/** City/state → coordinates, when a gazetteer is at hand. */
export type Geocoder = (city: string | null, state: string | null) => GeoPoint | null;
const noGeocoder: Geocoder = () => null;

const NOWHERE: RegionRef = { code: 'unknown', path: [] };

export const usRegion = (city: string | null | undefined, state: string | null | undefined): RegionRef => {
  const stateCode = state?.trim().toUpperCase();
  if (!stateCode) return NOWHERE;
  const stateNode = `US-${stateCode}`;
  const cityName = normalizeCity(city);
  if (!cityName) return { code: stateNode, path: ['US', stateNode] };
  const cityNode = `${stateNode}-${cityName}`;
  return { code: cityNode, path: ['US', stateNode, cityNode] };
};

/** The text before ' @ Company' when the short position field is missing. */
const positionTitle = (row: JobViewsPosition): string =>
  row.position?.trim() || (row.title ?? '').split(' @ ')[0].trim();

export const mapPosition = (row: JobViewsPosition, geocode: Geocoder = noGeocoder): PositionInput => ({
  id: row.job_id,
  enterpriseId: row.company ?? '',
  title: positionTitle(row),
  occupationCode: null,
  description: row.industry ?? '',
  skills: [],
  certificateRequirements: [],
  minEducation: null,
  salaryMin: null,
  salaryMax: null,
  headcount: 1,
  applicationsReceived: 0,
  employmentType: 'full_time',
  weeklyHours: null,
  workSlots: [],
  region: usRegion(row.city, row.state_code),
  coordinates: geocode(row.city, row.state_code),
  status: 'open',
  validUntil: null,
  publishedAt: JOB_VIEWS_NOW,
  targetGroups: [],
});

const byRecency = (a: JobViewsExperience, b: JobViewsExperience): number => {
  const aCurrent = a.end_date == null ? 1 : 0;
  const bCurrent = b.end_date == null ? 1 : 0;
  if (aCurrent !== bCurrent) return bCurrent - aCurrent;
  return (b.end_date ?? '').localeCompare(a.end_date ?? '') || (b.start_date ?? '').localeCompare(a.start_date ?? '');
};

/** Where the seeker lives now: the most recent job with a known state. */
export const currentPlace = (row: JobViewsSeeker): JobViewsExperience | undefined =>
  [...row.experiences].sort(byRecency).find((e) => e.state_code);

export const mapSeeker = (row: JobViewsSeeker, geocode: Geocoder = noGeocoder): SeekerInput => {
  const place = currentPlace(row);
  const experiences: SeekerExperience[] = row.experiences
    .filter((e) => e.position_name)
    .map((e) => ({
      title: e.position_name ?? '',
      description: null,
      startDate: e.start_date,
      endDate: e.end_date,
    }));
  return {
    id: row.applicant_id,
    education: null,
    major: null,
    skills: [],
    experienceText: '',
    experiences,
    desiredTitles: row.positions_of_interest,
    desiredOccupationCodes: [],
    desiredSalaryMin: null,
    availability: [],
    region: place ? usRegion(place.city, place.state_code) : NOWHERE,
    coordinates: place ? geocode(place.city, place.state_code) : null,
    maxTravelKm: null,
    targetGroups: [],
    consentToMatch: true,
    status: 'active',
    certificates: [],
  };
};
