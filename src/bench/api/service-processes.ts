import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST_SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServiceOptions {
  name: string;
  entry: 'main.js' | 'worker.js';
  env: NodeJS.ProcessEnv;
  /** Its stdout and stderr go here, so a failure can show the tail. */
  logFile: string;
  nodeFlags?: string[];
  /** How to ask it to stop; SIGTERM unless a profile must be written on a normal exit. */
  stopSignal?: NodeJS.Signals;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  stopSignal: NodeJS.Signals;
}

/**
 * The API and worker children of this run. Whatever ends the benchmark (its own end, an
 * error, Ctrl-C, SIGTERM) stops them, so no stray server keeps a port or the queue.
 */
const running = new Set<ServiceProcess>();

/** Starts dist/src/<entry> as production does, its output in `logFile`. */
export function startService({ name, entry, env, logFile, nodeFlags = [], stopSignal = 'SIGTERM' }: ServiceOptions): ServiceProcess {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(process.execPath, [...nodeFlags, join(DIST_SRC, entry)], { env, stdio: ['ignore', fd, fd] });
    const service = { name, child, logFile, stopSignal };
    running.add(service);
    child.once('exit', () => running.delete(service));
    return service;
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(fd);
  }
}

/** Its stop signal (SIGTERM: the service finishes in-flight work and exits), then SIGKILL after `graceMs`. */
export async function stopService(service: ServiceProcess, graceMs = 15_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(service.stopSignal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => stopService(service)));
}

/**
 * Ctrl-C and SIGTERM stop the children (then run `cleanup`) before the benchmark exits; a
 * last resort kills them on any exit.
 */
export function stopServicesOnExit(cleanup: () => Promise<unknown> = async () => undefined): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`\n${signal}: stopping the API and the worker…\n`);
      void stopAllServices()
        .then(cleanup)
        .catch(() => undefined)
        .finally(() => process.exit(130));
    });
  }
  process.on('exit', () => {
    for (const { child } of running) if (child.exitCode === null) child.kill('SIGKILL');
  });
}

/** Rejects as soon as the child exits, so a crashed API fails the run instead of hanging it. */
export function failOnExit(service: ServiceProcess): Promise<never> {
  return new Promise((_, reject) => {
    service.child.once('exit', (code, signal) =>
      reject(new Error(`${service.name} exited (${signal ?? code}) unexpectedly; its log:\n${tail(service.logFile)}`)),
    );
  });
}

export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls GET /health until it answers 200 (database and queue reachable). */
export async function waitForHealthy(baseUrl: string, service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited before it was ready:\n${tail(service.logFile)}`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${service.name} did not answer /health within ${timeoutMs / 1000} s:\n${tail(service.logFile)}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
