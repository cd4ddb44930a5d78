/**
 * How an upload shows its progress on stderr: a cli-progress bar on a terminal, plain lines
 * (one per file) when stderr is a pipe or a file.
 */
import cliProgress from "cli-progress";
import type { FlashProgress } from "./upload.ts";

export interface ProgressView {
  update(p: FlashProgress): void;
  stop(): void;
}

export function progressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "flash [{bar}] {percentage}% {value}/{total} B {file}", hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (p.phase !== "sending") return;
        if (!started) {
          bar.start(Math.max(1, p.overallTotal), 0, { file: "" });
          started = true;
        }
        bar.update(p.overallDone, { file: p.file ?? "" });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastPhase = "";
  return {
    update(p) {
      if (p.phase === "sending") {
        if (p.file && p.done === p.total) stream.write(`flash: sent ${p.file} (${p.total} B on the wire)\n`);
      } else if (p.phase !== lastPhase) {
        stream.write(`flash: ${p.phase}…\n`);
      }
      lastPhase = p.phase;
    },
    stop() {},
  };
}
