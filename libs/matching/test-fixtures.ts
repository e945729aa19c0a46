import type { PositionInput, SeekerInput } from './types.js';

/**
 * Small, readable inputs for specs: a welding position in 新城街道 and a seeker next door.
 * Each spec overrides only what it is about. (Not a spec itself; no test data in here.)
 */
export const NOW = '2025-03-01T08:00:00Z';

const HOME = { code: '370983001016G1', path: ['37', '3709', '370983', '370983001', '370983001016', '370983001016G1'] };

export const welderPosition = (overrides: Partial<PositionInput> = {}): PositionInput => ({
  id: 'pos-welder',
  enterpriseId: 'ent-1',
  title: '招聘电焊工',
  occupationCode: '6-18-02-04',
  description: '负责钢结构焊接，要求持焊工证，会氩弧焊优先。',
  skills: ['电焊', '氩弧焊'],
  certificateRequirements: [
    { certificateTypeId: 'cert-welder', occupationCode: '6-18-02-04', name: '焊工', minLevel: 4, mandatory: true },
  ],
  minEducation: 'junior_secondary',
  salaryMin: 6000,
  salaryMax: 8000,
  headcount: 5,
  applicationsReceived: 2,
  employmentType: 'full_time',
  weeklyHours: 40,
  workSlots: [],
  region: HOME,
  coordinates: { lat: 36.185, lng: 116.77 },
  status: 'open',
  validUntil: '2025-06-30',
  publishedAt: '2025-02-25T08:00:00Z',
  ...overrides,
});

export const welderSeeker = (overrides: Partial<SeekerInput> = {}): SeekerInput => ({
  id: 'skr-welder',
  education: 'vocational_secondary',
  major: '焊接技术',
  skills: ['电焊', '氩弧焊', '看图纸'],
  experienceText: '在机械厂做电焊工五年',
  desiredTitles: ['焊工'],
  desiredOccupationCodes: ['6-18-02-04'],
  desiredSalaryMin: 6500,
  availability: [],
  region: HOME,
  coordinates: { lat: 36.16, lng: 116.77 },
  maxTravelKm: 10,
  targetGroups: [],
  consentToMatch: true,
  status: 'active',
  certificates: [
    { certificateTypeId: 'cert-welder', occupationCode: '6-18-02-04', name: '焊工', level: 4, verified: true, expiresOn: null },
  ],
  ...overrides,
});
