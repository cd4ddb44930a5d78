/**
 * Worker thread for the corpus (plain JavaScript so it starts without a TypeScript loader): runs one
 * compiled program per message on a FRESH WebAssembly MicroPython VM. The compiled files are written
 * at the root of the VM's filesystem like a board's flash (`/main.py`, `/lib/tsmp_core.py`, …); the
 * entry runs as `__main__`. Replies `{ id, stdout, stderr, exitCode }`. Message types: corpus-micropython.ts.
 */
import { parentPort } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

/** @param {number[]} into */
function collect(into) {
  /** @param {Uint8Array | string} data */
  return (data) => {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    for (const b of bytes) into.push(b);
  };
}

/** @param {{ mkdir(path: string): unknown }} fs @param {string} path @param {Set<string>} made */
function mkdirs(fs, path, made) {
  let cur = "";
  for (const part of path.split("/").filter(Boolean).slice(0, -1)) {
    cur += "/" + part;
    if (made.has(cur)) continue;
    made.add(cur);
    try {
      fs.mkdir(cur);
    } catch {
      // already there (the port has /lib)
    }
  }
}

/** @param {{ id: number, files: Array<[string, string]>, entry: string }} job */
async function run(job) {
  /** @type {number[]} */ const out = [];
  /** @type {number[]} */ const err = [];
  const mp = await loadMicroPython({ stdout: collect(out), stderr: collect(err), linebuffer: false, heapsize: 8 * 1024 * 1024 });
  const made = new Set();
  for (const [rel, text] of job.files) {
    mkdirs(mp.FS, "/" + rel, made);
    mp.FS.writeFile("/" + rel, text);
  }
  let exitCode = 0;
  const entryText = job.files.find(([rel]) => rel === job.entry)?.[1] ?? "";
  try {
    mp.runPython("import sys\nsys.path.insert(0, '/')\nif '/lib' not in sys.path:\n    sys.path.append('/lib')\n");
    mp.runPython(entryText);
  } catch (e) {
    const error = /** @type {{ type?: string, message?: string }} */ (e);
    if (error.type !== "SystemExit") {
      exitCode = 1;
      for (const b of Buffer.from(String(error.message ?? e))) err.push(b);
    }
  }
  const decoder = new TextDecoder();
  return { id: job.id, stdout: decoder.decode(new Uint8Array(out)), stderr: decoder.decode(new Uint8Array(err)), exitCode };
}

parentPort?.on("message", (job) => {
  run(job).then(
    (result) => parentPort?.postMessage(result),
    (e) => parentPort?.postMessage({ id: job.id, stdout: "", stderr: "worker failure: " + String(e), exitCode: 2 }),
  );
});
