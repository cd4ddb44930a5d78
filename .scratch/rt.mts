// usage: npx tsx .scratch/rt.mts <dirA> <dirB|file.py> [runs]  — best-of CPU ms and heap of `import main`
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
function load(p: string): Map<string, string> {
  const m = new Map<string, string>();
  if (statSync(p).isFile()) { m.set("main.py", readFileSync(p, "utf8")); return m; }
  const walk = (d: string) => { for (const f of readdirSync(d)) { const q = join(d, f); if (statSync(q).isDirectory()) walk(q); else m.set(relative(p, q), readFileSync(q, "utf8")); } };
  walk(p); return m;
}
async function once(files: Map<string, string>) {
  let out = "";
  const mp: any = await loadMicroPython({ stdout: (l: string) => (out += l + "\n"), linebuffer: true } as never);
  try { mp.FS.mkdir("/lib"); } catch {}
  for (const [rel, text] of files) mp.FS.writeFile(`/${rel}`, text);
  mp.runPython("import sys, gc\nsys.path.insert(0, '/')\ngc.collect()\n_base = gc.mem_alloc()");
  const t = process.cpuUsage(); mp.runPython("import main"); const u = process.cpuUsage(t);
  mp.runPython("gc.collect()\n_heap = gc.mem_alloc() - _base"); const o = out; out = ""; mp.runPython("print(_heap)");
  return { ms: (u.user + u.system) / 1000, heap: Number(out.trim()), out: o };
}
const [a, b, runsS] = process.argv.slice(2); const runs = Number(runsS ?? 7);
const A = load(a!), B = load(b!); let ba = Infinity, bb = Infinity, ha = 0, hb = 0, oa = "", ob = "";
for (let i = 0; i < runs; i++) { const x = await once(A); const y = await once(B); ba = Math.min(ba, x.ms); bb = Math.min(bb, y.ms); ha = x.heap; hb = y.heap; oa = x.out; ob = y.out; }
const bytes = (m: Map<string, string>) => [...m.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
console.log(`time ${ba.toFixed(1)} vs ${bb.toFixed(1)} = ${(ba / bb).toFixed(3)}x  heap ${ha} vs ${hb} = ${(ha / hb).toFixed(3)}x  bytes ${bytes(A)} vs ${bytes(B)} = ${(bytes(A) / bytes(B)).toFixed(2)}x  ${oa === ob ? "same output" : "OUTPUT DIFFERS\n" + oa + "---\n" + ob}`);
