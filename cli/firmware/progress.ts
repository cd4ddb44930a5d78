/**
 * Progress display for a firmware write: a cli-progress bar on a terminal, plain
 * "Writing firmware: 40% (122880/307200 bytes)" lines every 10% otherwise (CI logs, pipes).
 * Returns the `onProgress(written, total)` callback and a `stop()` to call when done.
 */
import cliProgress from "cli-progress";

export interface ProgressReporter {
  onProgress(written: number, total: number): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr, label = "Writing firmware"): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} bytes`, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress(written, total) {
        if (!started) {
          bar.start(total, written);
          started = true;
        } else bar.update(written);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastStep = -1;
  return {
    onProgress(written, total) {
      const percent = total > 0 ? Math.floor((written / total) * 100) : 100;
      const step = Math.floor(percent / 10);
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${label}: ${percent}% (${written}/${total} bytes)\n`);
    },
    stop() {},
  };
}
