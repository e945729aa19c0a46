/** One block of time in the week: ISO weekday (1 = Monday) and HH:mm start/end, same day. */
export interface WeeklySlot {
  day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  start: string;
  end: string;
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export const minutesOfDay = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export const slotMinutes = (slot: WeeklySlot): number => minutesOfDay(slot.end) - minutesOfDay(slot.start);
