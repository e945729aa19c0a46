import { parentPort, workerData } from 'node:worker_threads';
import type { BenchTargets } from './bench-targets.js';
import { runPaced } from './paced-load.js';
import { WORKLOADS, type WorkloadName } from './workloads.js';

/** Thread entry of runPacedInThread: the same workload, rebuilt from plain data, offered at its pace. */
export interface PacedLoadJob {
  baseUrl: string;
  workload: WorkloadName;
  targets: BenchTargets;
  rate: number;
  seconds: number;
  seed: number;
}

const job = workerData as PacedLoadJob;
const figures = await runPaced(job.baseUrl, WORKLOADS[job.workload](job.targets), job.rate, job.seconds, job.seed);
parentPort!.postMessage(figures);
