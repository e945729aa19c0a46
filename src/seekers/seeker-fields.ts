import type { WeeklySlot } from '../../libs/labour-vocabulary/index.js';
import { InvalidInputError } from '../core/errors/domain-error.js';
import type { CreateSeekerDto } from './dto/create-seeker.dto.js';
import type { ExperienceEntryDto } from './dto/experience-entry.dto.js';
import type { WeeklySlotDto } from '../core/http/weekly-slot.dto.js';
import type { ExperienceEntry, Seeker } from './seeker.entity.js';

/** Plain JSON for the jsonb column: no class instances, no null or empty optional keys. */
export function plainExperience(entries: ExperienceEntryDto[]): ExperienceEntry[] {
  return entries.map(({ title, employer, years, description }) => ({
    title,
    ...(employer ? { employer } : {}),
    ...(years !== undefined && years !== null ? { years } : {}),
    ...(description ? { description } : {}),
  }));
}

/** Plain slots in week order, so equal schedules are stored (and compared) equally. */
export function plainSlots(slots: WeeklySlotDto[]): WeeklySlot[] {
  return slots
    .map(({ day, start, end }) => ({ day, start, end }))
    .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** A point needs both coordinates; half of one cannot place a seeker on the map. */
export function assertCoordinatesPaired(latitude: number | null, longitude: number | null): void {
  if ((latitude === null) !== (longitude === null)) {
    throw new InvalidInputError(latitude === null ? 'latitude' : 'longitude', 'latitude and longitude must be given together (or both null)');
  }
}

type ProfileFields = Omit<CreateSeekerDto, 'idNumber' | 'fullName' | 'regionCode'> & { fullName?: string; regionCode?: string };

/** The columns a create or update sets from the request; fields left out are absent. */
export function profileColumns(dto: ProfileFields): Partial<Seeker> {
  const columns: Partial<Seeker> = {};
  if (dto.fullName !== undefined) columns.fullName = dto.fullName;
  if (dto.phone !== undefined) columns.phone = dto.phone;
  if (dto.education !== undefined) columns.education = dto.education;
  if (dto.major !== undefined) columns.major = dto.major;
  if (dto.skills !== undefined) columns.skills = dto.skills;
  if (dto.experience !== undefined) columns.experience = plainExperience(dto.experience);
  if (dto.desiredTitles !== undefined) columns.desiredTitles = dto.desiredTitles;
  if (dto.desiredOccupationCodes !== undefined) columns.desiredOccupationCodes = dto.desiredOccupationCodes;
  if (dto.desiredSalaryMin !== undefined) columns.desiredSalaryMin = dto.desiredSalaryMin;
  if (dto.availability !== undefined) columns.availability = plainSlots(dto.availability);
  if (dto.regionCode !== undefined) columns.regionCode = dto.regionCode;
  if (dto.latitude !== undefined) columns.latitude = dto.latitude;
  if (dto.longitude !== undefined) columns.longitude = dto.longitude;
  if (dto.maxTravelKm !== undefined) columns.maxTravelKm = dto.maxTravelKm;
  if (dto.targetGroups !== undefined) columns.targetGroups = dto.targetGroups;
  return columns;
}
