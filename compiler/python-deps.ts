/**
 * A small reader of the runtime helper modules' Python source, for tree-shaking: splits a module
 * into its top-level definitions (def, class, assignments, imports), finds which global names each
 * one references, and keeps only the definitions a program needs plus their transitive
 * dependencies. The runtime-py/ files are written in a plain style this relies on: every top-level
 * statement starts in column 0 and its continuation lines are indented (or close a bracket).
 */

/** One top-level statement of a module. */
export interface PyChunk {
  text: string;
  /** Global names this statement binds (empty: a statement kept for its effect). */
  defines: string[];
  /** Identifiers it mentions (attribute names and string contents excluded). */
  refs: Set<string>;
  /** For `from m import a, b as c`: bound name → [module, original name]. */
  imports?: Map<string, [string, string]>;
  /** For `import m`: the module. */
  importModule?: string;
  /** `from m import a` statements inside a function body: [module, name]. */
  innerImports: Array<[string, string]>;
}

export interface PyModule {
  /** The first line (`# tsmp_x: what the module is`), kept as is. */
  header: string;
  chunks: PyChunk[];
}

const identifier = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Identifiers mentioned by code: string literals and comments removed, `.attr` names skipped. */
export function referencedNames(code: string): Set<string> {
  const stripped = code
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    .replace(/#[^\n]*/g, "");
  const out = new Set<string>();
  for (const m of stripped.matchAll(identifier)) {
    const before = stripped[m.index! - 1];
    if (before === "." || (before !== undefined && /[0-9]/.test(before))) continue;
    out.add(m[0]);
  }
  return out;
}

function isContinuation(line: string): boolean {
  return line === "" || /^[\s)\]}]/.test(line) || /^(else|elif|except|finally)\b/.test(line);
}

/**
 * Names a top-level function binds locally (parameters, assignments, loop and `as` targets):
 * mentioning them is no reference to a global. A function with nested defs or `global`
 * statements is left alone (every name counts as a reference).
 */
export function localNames(text: string): Set<string> {
  const out = new Set<string>();
  const body = text.split("\n").slice(1).join("\n");
  if (/^\s+(def|class|global|nonlocal)\b/m.test(body)) return out;
  const names = (list: string) => list.split(",").map((n) => n.trim().replace(/^\*+/, "").split(/[=:\s]/)[0]!).filter((n) => /^[A-Za-z_]\w*$/.test(n));
  const head = /^(?:async\s+)?def\s+\w+\s*\(([^)]*)\)/.exec(text);
  if (head) for (const n of names(head[1]!)) out.add(n);
  for (const m of body.matchAll(/^[ \t]+([A-Za-z_][\w\s,]*?)\s*(?:[-+*\/%|&^@]|\/\/|>>|<<|\*\*)?=(?!=)/gm)) for (const n of names(m[1]!)) out.add(n);
  for (const m of body.matchAll(/\bfor\s+([\w\s,]+?)\s+in\b/g)) for (const n of names(m[1]!)) out.add(n);
  for (const m of body.matchAll(/\bas\s+(\w+)/g)) out.add(m[1]!);
  for (const m of body.matchAll(/\b(\w+)\s*:=/g)) out.add(m[1]!);
  for (const m of body.matchAll(/\blambda\s+([^:]*):/g)) for (const n of names(m[1]!)) out.add(n);
  for (const m of body.matchAll(/^[ \t]+import\s+(\w+)/gm)) out.add(m[1]!);
  for (const m of body.matchAll(/^[ \t]+from\s+\w+\s+import\s+([\w\s,]+)$/gm)) for (const n of names(m[1]!)) out.add(n);
  return out;
}

function innerImportsOf(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(/^[ \t]+from\s+(\w+)\s+import\s+([\w\s,]+)$/gm)) {
    for (const part of m[2]!.split(",")) out.push([m[1]!, part.trim().split(/\s+/)[0]!]);
  }
  return out;
}

function chunkOf(text: string): PyChunk {
  return { ...chunkParts(text), innerImports: innerImportsOf(text) };
}

function chunkParts(text: string): Omit<PyChunk, "innerImports"> {
  const first = text.split("\n").find((l) => !l.startsWith("@")) ?? text;
  let m: RegExpMatchArray | null;
  if ((m = /^from\s+([\w.]+)\s+import\s+\(?([^)]*)\)?\s*$/.exec(text.trim()))) {
    const imports = new Map<string, [string, string]>();
    for (const part of m[2]!.split(",").map((p) => p.trim()).filter(Boolean)) {
      const [orig, alias] = part.split(/\s+as\s+/);
      imports.set((alias ?? orig)!.trim(), [m[1]!, orig!.trim()]);
    }
    return { text, defines: [...imports.keys()], refs: new Set(), imports };
  }
  if ((m = /^import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(text.trim()))) {
    return { text, defines: [m[2] ?? m[1]!.split(".")[0]!], refs: new Set(), importModule: m[1]! };
  }
  if ((m = /^(?:async\s+)?def\s+(\w+)/.exec(first))) {
    const locals = localNames(text);
    return { text, defines: [m[1]!], refs: new Set([...referencedNames(text)].filter((n) => !locals.has(n))) };
  }
  if ((m = /^class\s+(\w+)/.exec(first))) {
    // A method's name is no reference to a global (Map.keys does not need the module's keys).
    return { text, defines: [m[1]!], refs: referencedNames(text.replace(/\bdef\s+\w+/g, "def")) };
  }
  if ((m = /^([\w\s,]+?)\s*=(?!=)/.exec(first))) {
    const names = m[1]!.split(",").map((n) => n.trim()).filter((n) => /^[A-Za-z_]\w*$/.test(n));
    return { text, defines: names, refs: referencedNames(text.slice(text.indexOf("=") + 1)) };
  }
  return { text, defines: [], refs: referencedNames(text) };
}

/** Splits a module's source (comments and blank lines may remain) into top-level statements. */
export function parsePythonModule(source: string): PyModule {
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  const header = lines[0]?.startsWith("#") ? lines.shift()! : "";
  const chunks: PyChunk[] = [];
  let current: string[] = [];
  let decorators: string[] = [];
  const flush = () => {
    while (current.length && current[current.length - 1]!.trim() === "") current.pop();
    if (current.length) chunks.push(chunkOf(current.join("\n")));
    current = [];
  };
  for (const line of lines) {
    if (/^\s*#/.test(line) && !current.length) continue;
    if (current.length && isContinuation(line)) {
      current.push(line);
      continue;
    }
    if (line.trim() === "" || line.startsWith("#")) continue;
    flush();
    if (line.startsWith("@")) {
      decorators.push(line);
      continue;
    }
    current = [...decorators, line];
    decorators = [];
  }
  flush();
  return { header, chunks };
}

/** The chunks kept and the names wanted per module, following function-local imports or not. */
function closure(modules: Map<string, PyModule>, needed: Map<string, Iterable<string>>, followLazy: boolean): { keep: Map<string, Set<number>>; wanted: Map<string, Set<string>> } {
  const keep = new Map<string, Set<number>>();
  const wanted = new Map<string, Set<string>>();
  const queue: Array<[string, string]> = [];
  const want = (mod: string, name: string) => {
    let set = wanted.get(mod);
    if (!set) wanted.set(mod, (set = new Set()));
    if (set.has(name)) return;
    set.add(name);
    queue.push([mod, name]);
  };
  const keepChunk = (mod: string, i: number) => {
    let set = keep.get(mod);
    if (!set) keep.set(mod, (set = new Set()));
    if (set.has(i)) return;
    set.add(i);
    const chunk = modules.get(mod)!.chunks[i]!;
    for (const r of chunk.refs) if (definedIn(mod, r)) want(mod, r);
    for (const [from, name] of followLazy ? chunk.innerImports : []) {
      if (!modules.has(from)) continue;
      open(from);
      want(from, name);
    }
  };
  const defIndex = new Map<string, Map<string, number[]>>();
  for (const [mod, parsed] of modules) {
    const index = new Map<string, number[]>();
    parsed.chunks.forEach((c, i) => {
      for (const d of c.defines) index.set(d, [...(index.get(d) ?? []), i]);
    });
    defIndex.set(mod, index);
  }
  const definedIn = (mod: string, name: string) => defIndex.get(mod)?.has(name) ?? false;

  const open = (mod: string) => {
    if (!modules.has(mod)) throw new Error(`unknown runtime module '${mod}'`);
    if (keep.has(mod)) return;
    keep.set(mod, new Set());
    // Statements that bind nothing run for their effect: always kept.
    modules.get(mod)!.chunks.forEach((c, i) => c.defines.length === 0 && keepChunk(mod, i));
  };
  for (const [mod, names] of needed) {
    open(mod);
    for (const n of names) want(mod, n);
  }
  while (queue.length) {
    const [mod, name] = queue.shift()!;
    const chunks = modules.get(mod)!.chunks;
    const at = defIndex.get(mod)?.get(name);
    if (!at) throw new Error(`runtime module '${mod}' defines no '${name}'`);
    for (const i of at) {
      const imp = chunks[i]!.imports?.get(name);
      if (imp && modules.has(imp[0])) {
        open(imp[0]);
        want(imp[0], imp[1]);
      }
      keepChunk(mod, i);
    }
  }

  return { keep, wanted };
}

/**
 * Tree-shakes a set of modules: `needed` maps module → names the compiled program imports from
 * it. Returns, per module that ends up needed, its source holding only the needed definitions
 * (in their original order) and import lines trimmed to the names still used.
 *
 * Definitions of a module that is loaded anyway but that are only reached through
 * function-local imports (the error path of JSON.parse needing SyntaxError, say) go to a module
 * of their own, `<module>_lazy`, which those imports then name: they cost flash, not RAM, until
 * they run.
 */
export function shakeModules(modules: Map<string, PyModule>, needed: Map<string, Iterable<string>>): Map<string, string> {
  const all = closure(modules, needed, true);
  const eager = closure(modules, needed, false);
  /** module → names moved to its _lazy module */
  const moved = new Map<string, Set<string>>();
  for (const [mod, indexes] of all.keep) {
    const hot = eager.keep.get(mod);
    if (!hot) continue;
    const cold = [...indexes].filter((i) => !hot.has(i));
    const chunks = modules.get(mod)!.chunks;
    // A `global` statement would write the other module's global once moved: such a module stays whole.
    if (cold.some((i) => /^\s+global\s/m.test(chunks[i]!.text))) continue;
    if (cold.some((i) => chunks[i]!.defines.length > 0)) moved.set(mod, new Set(cold.flatMap((i) => chunks[i]!.defines)));
  }
  // `from m import a, b` inside a function, split so names moved to m_lazy are imported from there.
  const relink = (text: string) =>
    moved.size === 0 ? text : text.replace(/^([ \t]+)from\s+(\w+)\s+import\s+([\w \t,]+)$/gm, (line, indent: string, from: string, list: string) => {
      const lazy = moved.get(from);
      if (!lazy) return line;
      const names = list.split(",").map((n) => n.trim()).filter(Boolean);
      const stay = names.filter((n) => !lazy.has(n.split(/\s+/)[0]!));
      const go = names.filter((n) => lazy.has(n.split(/\s+/)[0]!));
      if (!go.length) return line;
      return [stay.length ? `${indent}from ${from} import ${stay.join(", ")}` : "", `${indent}from ${from}_lazy import ${go.join(", ")}`].filter(Boolean).join("\n");
    });
  // A module-level `from m import …`, trimmed to `used`, names moved to m_lazy imported from there.
  const importLine = (chunk: PyChunk, used: Set<string>) => {
    const names = [...chunk.imports!].filter(([bound]) => used.has(bound));
    if (!names.length) return undefined;
    const from = chunk.imports!.values().next().value![0];
    const spell = (ns: typeof names) => ns.map(([bound, [, orig]]) => (bound === orig ? orig : `${orig} as ${bound}`)).join(", ");
    const lazy = moved.get(from);
    const stay = names.filter(([, [, orig]]) => !lazy?.has(orig));
    const go = names.filter(([, [, orig]]) => lazy?.has(orig));
    return [stay.length ? `from ${from} import ${spell(stay)}` : "", go.length ? `from ${from}_lazy import ${spell(go)}` : ""].filter(Boolean).join("\n");
  };
  const out = new Map<string, string>();
  for (const [mod, indexes] of all.keep) {
    const parsed = modules.get(mod)!;
    const lazy = moved.get(mod);
    const hot = lazy ? eager.keep.get(mod)! : indexes;
    const used = (lazy ? eager.wanted.get(mod) : all.wanted.get(mod)) ?? new Set<string>();
    const parts: string[] = parsed.header ? [parsed.header] : [];
    for (const [i, chunk] of parsed.chunks.entries()) {
      if (!hot.has(i)) continue;
      const text = chunk.imports ? importLine(chunk, used) : relink(chunk.text);
      if (text !== undefined) parts.push(text);
    }
    out.set(mod, parts.join("\n") + "\n");
    if (!lazy) continue;
    // The lazy part: its definitions, after imports of what they use from the rest of the module.
    const coldChunks = [...indexes].filter((i) => !hot.has(i)).sort((a, b) => a - b).map((i) => parsed.chunks[i]!);
    const refs = new Set(coldChunks.flatMap((c) => [...c.refs]));
    const fromModule: string[] = [];
    const lines: string[] = [`# ${mod}_lazy: the part of ${mod} imported on first use`];
    for (const [i, chunk] of parsed.chunks.entries()) {
      if (!hot.has(i)) continue;
      if (chunk.imports) {
        const line = importLine(chunk, new Set([...chunk.imports.keys()].filter((b) => refs.has(b))));
        if (line) lines.push(line);
      } else for (const d of chunk.defines) if (refs.has(d) && !lazy.has(d)) fromModule.push(d);
    }
    if (fromModule.length) lines.push(`from ${mod} import ${fromModule.join(", ")}`);
    for (const c of coldChunks) lines.push(c.imports ? importLine(c, new Set([...c.imports.keys()].filter((b) => refs.has(b)))) ?? "" : relink(c.text));
    out.set(`${mod}_lazy`, lines.filter(Boolean).join("\n") + "\n");
  }
  return out;
}
