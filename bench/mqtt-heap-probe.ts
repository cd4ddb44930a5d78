/**
 * MQTT import-heap probe (not a test): measures the heap kept by importing each given .py file as
 * `umqttsimple` on a fresh MicroPython WebAssembly VM, the same way bench/mqtt.bench.ts does
 * (board ROM names interned first, gc.collect() before and after). Used to rank where the heap goes:
 *   npx tsx bench/mqtt-heap-probe.ts variant1.py variant2.py ...
 */
import { readFileSync } from "node:fs";
import { runMicroPython } from "../test/helpers/mqtt-micropython.ts";

const boardRom = ["getaddrinfo", "connect", "settimeout", "sendall", "recv", "write", "close", "readinto", "wrap_socket", "server_hostname", "poll", "register", "POLLIN"];

export async function importHeap(source: string, prelude = "micropython.qstr_info()"): Promise<{ heap: number; before: string; after: string }> {
  const r = await runMicroPython([
    `import gc, micropython, socket\n${boardRom.join(" = ")} = 0\ngc.collect()`,
    prelude,
    "gc.collect(); a = gc.mem_alloc()",
    "import umqttsimple",
    ...Array.from({ length: Number(process.env.CHURN ?? 0) }, () => "gc.collect()"),
    "gc.collect(); print(gc.mem_alloc() - a); micropython.qstr_info()",
  ], { files: { "socket.py": "", "umqttsimple.py": source } });
  if (r.exitCode !== 0) throw new Error(r.stderr);
  const pools = r.lines.filter((l) => l.startsWith("qstr pool"));
  return { heap: Number(r.lines.find((l) => /^-?\d+$/.test(l))), before: pools[0] ?? "", after: pools.at(-1) ?? "" };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // GROWN=1: 150 names interned first; COMPILED=a.py,b.py: those files compiled first (interning their
  // names, as MicroPython compiles all of main.py before its imports run)
  const compiled = (process.env.COMPILED ?? "").split(",").filter(Boolean)
    .map((f) => `compile(${JSON.stringify(readFileSync(f, "utf8"))}, "x", "exec")`).join("\n");
  const grown = process.env.GROWN ? Array.from({ length: 150 }, (_, i) => `name_${i}`).join(" = ") + " = 0" : compiled || undefined;
  for (const file of process.argv.slice(2)) {
    const m = await importHeap(readFileSync(file, "utf8"), grown);
    console.log(`${m.heap}\t${file}\t${m.before} -> ${m.after}`);
  }
}
