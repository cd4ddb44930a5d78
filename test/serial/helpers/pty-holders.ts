/**
 * Which processes have a device open (Linux /proc/<pid>/fd). Used to tell our own leaked handle
 * (a bug) from another program on this shared machine grabbing a reused /dev/pts/N number.
 */
import { readdirSync, readlinkSync, realpathSync } from "node:fs";

export function holdersOf(path: string): number[] {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        if (readlinkSync(`/proc/${entry}/fd/${fd}`) === target) {
          pids.push(Number(entry));
          break;
        }
      }
    } catch {
      // process gone or not ours to look at
    }
  }
  return pids;
}
