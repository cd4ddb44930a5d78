import { compileSource, formatDiagnostic } from "../compiler/index.ts";
import { readFileSync } from "node:fs";
const r = compileSource(readFileSync(process.argv[2]!, "utf8"));
console.log(r.diagnostics.map(formatDiagnostic).join("\n")); console.log(r.files.get("main.py"));
