import cliProgress from 'cli-progress';

/** Progress of one stage of the seed (regions, enterprises, positions …). */
export interface StageProgress {
  /** The amount of work, once known (a stage may start before it can count it). */
  resize(total: number): void;
  advance(count: number): void;
  /** Ends the stage with a one-line summary such as "1,902 grids". */
  finish(summary: string): void;
}

export interface SeedProgress {
  stage(name: string, total: number): StageProgress;
}

/** For tests and library callers: reports nothing. */
export const silentProgress: SeedProgress = {
  stage: () => ({ resize: () => undefined, advance: () => undefined, finish: () => undefined }),
};

/**
 * A bar per stage on an interactive terminal; plain "stage: summary (time)" lines when the
 * output is a file or a CI log, where redrawn bars would be noise.
 */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): SeedProgress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

const LABEL_WIDTH = 13;

export function lineProgress(stream: Pick<NodeJS.WritableStream, 'write'>): SeedProgress {
  return {
    stage(name) {
      const started = Date.now();
      return {
        resize: () => undefined,
        advance: () => undefined,
        finish: (summary) => {
          stream.write(`${`${name}:`.padEnd(LABEL_WIDTH)} ${summary} (${seconds(Date.now() - started)})\n`);
        },
      };
    },
  };
}

function barProgress(stream: NodeJS.WriteStream): SeedProgress {
  return {
    stage(name, total) {
      const started = Date.now();
      const bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${name.padEnd(LABEL_WIDTH)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
          hideCursor: true,
          clearOnComplete: true,
          barsize: 30,
        },
        cliProgress.Presets.shades_classic,
      );
      let size = Math.max(total, 1);
      bar.start(size, 0);
      return {
        resize: (newTotal) => {
          size = Math.max(newTotal, 1);
          bar.setTotal(size);
        },
        advance: (count) => bar.increment(count),
        finish: (summary) => {
          bar.update(size);
          bar.stop();
          stream.write(`${`${name}:`.padEnd(LABEL_WIDTH)} ${summary} (${seconds(Date.now() - started)})\n`);
        },
      };
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
