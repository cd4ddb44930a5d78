/**
 * The runtime helpers compiled code may call on the board: which helper lives in which
 * runtime-py/ module, which modules import which, and where the files are. A module is copied to
 * dist/lib/ only when the compiled program uses one of its helpers, and then holds only the
 * definitions the program needs (tree-shaken, see python-deps.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parsePythonModule, shakeModules, type PyModule } from "./python-deps.ts";

export const runtimeDir = fileURLToPath(new URL("../runtime-py/", import.meta.url));

const modules: Record<string, { helpers: string[]; uses: string[] }> = {
  tsmp_core: {
    helpers: [
      "null", "truthy", "typeof", "nullish", "js_str", "add", "Error", "TypeError", "RangeError", "caught", "get", "get_num",
      "num", "fmt_num", "strict_eq", "date_now", "put", "JSClass", "SyntaxError_", "same_value", "set_length", "neg", "new_array", "upd_attr", "upd_item", "thrown", "set_key", "set_attr", "js_trim", "wide_out", "is_object",
    ],
    uses: ["tsmp_numfmt"],
  },
  tsmp_math: {
    helpers: [
      "div", "mod", "floor", "floor_div", "ceil", "round_", "trunc", "js_min", "js_max", "js_min2", "js_max2", "sqrt", "js_pow", "bor", "band", "bxor", "bnot",
      "shl", "shr", "ushr", "NaN", "Infinity", "is_nan", "is_integer", "is_finite", "sign", "is_safe_integer", "mul", "imul", "clz32",
    ],
    uses: ["tsmp_core"],
  },
  tsmp_mathx: {
    helpers: ["js_random", "log_", "exp", "sin", "cos", "tan", "atan2", "atan", "asin", "acos", "hypot", "cbrt", "log10", "log2"],
    uses: ["tsmp_core", "tsmp_math"],
  },
  tsmp_numfmt: {
    helpers: ["parse_int", "parse_float", "to_fixed", "to_precision", "to_exponential", "to_radix"],
    uses: ["tsmp_core"],
  },
  tsmp_console: { helpers: ["log", "inspect", "log_prim"], uses: ["tsmp_core", "tsmp_collections", "tsmp_strwidth"] },
  tsmp_strwidth: { helpers: ["str_width"], uses: [] },
  tsmp_print: { helpers: ["log_val", "log_str"], uses: ["tsmp_numfmt"] },
  tsmp_json: { helpers: ["stringify", "dumps_plain", "parse"], uses: ["tsmp_core", "tsmp_stringify"] },
  tsmp_stringify: { helpers: ["stringify_any"], uses: ["tsmp_core", "tsmp_collections"] },
  tsmp_array: {
    helpers: [
      "reduce", "sort", "sort_by", "sort_num", "sort_keyed", "splice", "index_of", "includes", "join", "flat", "fill", "find", "find_index", "some", "every",
      "slice", "at", "last_index_of", "reverse", "reduce_right", "unshift", "map3", "filter3", "for_each3",
    ],
    uses: ["tsmp_core"],
  },
  tsmp_bytes: { helpers: ["new_bytes", "b_from", "b_map", "b_fill", "b_set"], uses: ["tsmp_core", "tsmp_array"] },
  tsmp_string: {
    helpers: [
      "s_slice", "substring", "s_index_of", "replace", "replace_all", "split", "pad_start", "pad_end", "char_code_at",
      "char_at", "from_char_code", "trim_start", "trim_end", "s_last_index_of", "s_repeat", "TextEncoder", "TextDecoder", "upper", "lower", "s_includes", "starts_with", "ends_with", "code_point_at", "code_points", "from_code_point", "locale_compare",
    ],
    uses: ["tsmp_core", "tsmp_casemap"],
  },
  tsmp_casemap: { helpers: ["case_map"], uses: [] },
  tsmp_async: {
    helpers: ["Promise", "async_fn", "set_timeout", "set_interval", "clear_timeout", "clear_interval", "queue_microtask", "run_loop"],
    uses: ["tsmp_core", "tsmp_collections"],
  },
  tsmp_regex: { helpers: ["RegExp", "re_match", "re_match_all", "re_search", "re_replace", "re_split"], uses: ["tsmp_core"] },
  tsmp_gen: { helpers: ["gen_fn", "delegate"], uses: ["tsmp_collections"] },
  tsmp_bound: { helpers: ["bind_this", "method", "accessor"], uses: [] },
  tsmp_collections: {
    helpers: ["obj", "Map", "Set", "keys", "values", "entries", "assign", "spread_obj", "JSObject", "from_entries", "has_own"],
    uses: ["tsmp_core"],
  },
};

const byHelper = new Map<string, string>();
for (const [mod, { helpers }] of Object.entries(modules)) for (const h of helpers) byHelper.set(h, mod);

export function helperModule(name: string): string {
  const mod = byHelper.get(name);
  if (!mod) throw new Error(`unknown runtime helper '${name}'`);
  return mod;
}

/** The runtime modules needed (transitively) by a set of directly used modules. */
export function runtimeClosure(direct: Iterable<string>): string[] {
  const out = new Set<string>();
  const visit = (m: string) => {
    if (out.has(m)) return;
    out.add(m);
    for (const u of modules[m]?.uses ?? []) visit(u);
  };
  for (const m of direct) visit(m);
  return [...out].sort();
}

/**
 * Comment-only and blank lines removed (the board keeps the source in flash and compiles it on
 * import); the first comment line (what the module is) stays.
 */
export function stripPython(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    if (t === "" || (t.startsWith("#") && i > 0)) continue;
    out.push(line);
  }
  return out.join("\n") + "\n";
}

const cache = new Map<string, string>();
export function runtimeSource(module: string): string {
  let text = cache.get(module);
  if (text === undefined) {
    text = stripPython(readFileSync(join(runtimeDir, `${module}.py`), "utf8"));
    cache.set(module, text);
  }
  return text;
}

let parsed: Map<string, PyModule> | undefined;

/**
 * The runtime files a program needs: `used` maps runtime module → helper names the compiled code
 * imports from it. Each returned module (keyed by name, e.g. `tsmp_core`) holds only the used
 * definitions and what they depend on, transitively across modules.
 */
export function runtimeFiles(used: Map<string, Iterable<string>>): Map<string, string> {
  if (!parsed) {
    parsed = new Map();
    for (const mod of Object.keys(modules)) parsed.set(mod, parsePythonModule(runtimeSource(mod)));
  }
  return shakeModules(parsed, used);
}
