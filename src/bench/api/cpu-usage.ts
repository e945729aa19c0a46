import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux we run on

/**
 * CPU time from the kernel (Linux /proc), so a run can say how much the API process
 * spent per request and whether something else on the machine was competing: on a
 * 2-core box a test suite running beside the benchmark halves its figures.
 */
export interface CpuSnapshot {
  at: number;
  /** Jiffies the API process has run (user + system). */
  process: number;
  /** Jiffies every core of the machine has been busy (not idle, not waiting on I/O). */
  machineBusy: number;
}

export function cpuSnapshot(pid: number): CpuSnapshot {
  return { at: performance.now(), process: processJiffies(pid), machineBusy: machineBusyJiffies() };
}

/**
 * CPU of the PostgreSQL backends serving one database, found by their process title
 * ("postgres: <cluster>: <user> <database> <client> <state>"). Pools open and close
 * backends during a run, so each backend is followed from sample to sample and only what
 * it ran in between is counted; a backend that ends loses at most one interval.
 */
export class DatabaseCpuMeter {
  private last = new Map<number, number>();
  private jiffies = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly databaseName: string, intervalMs = 250) {
    this.last = this.backends();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** CPU milliseconds since the meter started. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return (this.jiffies * 1000) / TICKS_PER_SECOND;
  }

  private sample(): void {
    const now = this.backends();
    for (const [pid, jiffies] of now) this.jiffies += jiffies - (this.last.get(pid) ?? 0);
    this.last = now;
  }

  private backends(): Map<number, number> {
    const found = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        if (title.startsWith('postgres: ') && title.split(' ').includes(this.databaseName)) found.set(Number(entry), processJiffies(Number(entry)));
      } catch {
        // ended meanwhile
      }
    }
    return found;
  }
}

export interface CpuFigures {
  /** Cores' worth the API process used on average (1.0 = one core flat out). */
  apiCores: number;
  /** Cores' worth the whole machine used (API, PostgreSQL, worker, autocannon, anything else). */
  machineCores: number;
  cores: number;
  /** API CPU milliseconds per request served. */
  apiMsPerRequest: number;
  /** CPU milliseconds of PostgreSQL (this database's backends) per request served. */
  databaseMsPerRequest: number;
}

export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot, databaseMs: number, requests: number): CpuFigures {
  const seconds = (after.at - before.at) / 1000;
  const apiSeconds = (after.process - before.process) / TICKS_PER_SECOND;
  return {
    apiCores: apiSeconds / seconds,
    machineCores: (after.machineBusy - before.machineBusy) / TICKS_PER_SECOND / seconds,
    cores: cpus().length,
    apiMsPerRequest: requests > 0 ? (apiSeconds * 1000) / requests : Number.NaN,
    databaseMsPerRequest: requests > 0 ? databaseMs / requests : Number.NaN,
  };
}

/** The process and its children (the API's copies when API_PROCESSES > 1). */
function processJiffies(pid: number): number {
  const own = statFields(pid);
  if (!own) return Number.NaN;
  let total = Number(own[11]) + Number(own[12]); // utime, stime
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === pid) total += Number(fields[11]) + Number(fields[12]); // field 4: ppid
  }
  return total;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or undefined. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function machineBusyJiffies(): number {
  try {
    const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
    // cpu user nice system idle iowait irq softirq steal …: all but idle and iowait is busy.
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return user + nice + system + irq + softirq + steal;
  } catch {
    return Number.NaN;
  }
}
