import { compileProgram } from "../compiler/index.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
const [name, out] = process.argv.slice(2);
const r = await compileProgram(join("bench/programs", `${name}.ts`));
if (!r.ok) { console.log(r.diagnostics); process.exit(1); }
for (const [rel, text] of r.files) { mkdirSync(dirname(join(out, rel)), { recursive: true }); writeFileSync(join(out, rel), text); console.log(rel, Buffer.byteLength(text)); }
