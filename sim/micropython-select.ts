/**
 * Which MicroPython runs a program: `--micropython PATH` > `TSMP_MICROPYTHON` > a `micropython`
 * on PATH > the WebAssembly port from npm. "wasm" (either place) forces the WebAssembly port.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { TsmpError } from "../cli/errors.ts";

export type MicroPythonChoice = { kind: "wasm" } | { kind: "unix"; path: string; from: "option" | "env" | "path" };

export const WASM_NAMES = new Set(["wasm", "webassembly"]);

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name: string, pathVar: string | undefined): string | undefined {
  for (const dir of (pathVar ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

function explicit(value: string, from: "option" | "env"): MicroPythonChoice {
  if (WASM_NAMES.has(value.toLowerCase())) return { kind: "wasm" };
  const where = from === "option" ? "--micropython" : "TSMP_MICROPYTHON";
  const path = isAbsolute(value) || value.includes("/") ? resolve(value) : findOnPath(value, process.env.PATH);
  if (!path || !executable(path)) {
    throw new TsmpError("NO_MICROPYTHON", `${where} names '${value}', which is not an executable file`, {
      hint: `point ${where} at a unix MicroPython binary (e.g. ports/unix/build-standard/micropython), or use "wasm" for the built-in WebAssembly MicroPython`,
    });
  }
  return { kind: "unix", path, from };
}

export function selectMicroPython(option?: string, env: NodeJS.ProcessEnv = process.env): MicroPythonChoice {
  if (option) return explicit(option, "option");
  const fromEnv = env.TSMP_MICROPYTHON;
  if (fromEnv) return explicit(fromEnv, "env");
  const onPath = findOnPath("micropython", env.PATH);
  if (onPath) return { kind: "unix", path: onPath, from: "path" };
  return { kind: "wasm" };
}
