/**
 * THE diagnostics table of the compiler: every message the compiler can give about user code,
 * by name, with its code, message template and hint. Codes are grouped by range:
 *   TSMP1xxx  project and module problems (files, imports, JSON config)
 *   TSMP2xxx  refused language constructs (never emitted wrong, always refused)
 *   TSMP3xxx  refused library calls and globals (no exact MicroPython equivalent yet)
 *   TSMP9xxx  internal compiler errors (bugs: please report)
 * Code refers to messages by name; `{0}`, `{1}` … are filled from the arguments.
 * docs/language.md lists every code; a test checks that the doc and this table agree.
 */

export interface MessageSpec {
  code: string;
  message: string;
  hint: string;
}

export const messages = {
  // ── 1xxx: project and modules ────────────────────────────────────────────────────────────────
  missingEntry: { code: "TSMP1001", message: "no entry file: expected {0}", hint: "create src/main.ts (and optionally src/boot.ts) in the project folder" },
  missingConfigJson: {
    code: "TSMP1002",
    message: "config file '{0}' is missing",
    hint: "copy '{1}' to '{0}' and fill in your WiFi name, password and broker",
  },
  unresolvedImport: { code: "TSMP1003", message: "cannot find module '{0}'", hint: "import a local file with a relative path (\"./sensors\") or one of the board modules (machine, network, time, …)" },
  importCycle: { code: "TSMP1004", message: "import cycle: {0}", hint: "move the shared code into a third module that both import" },
  unsupportedModuleSyntax: { code: "TSMP1005", message: "this import/export form is not supported: {0}", hint: "use `import { a } from \"./m\"`, `import m from \"./m\"`, `import * as m from \"./m\"` and `export`/`export default` on declarations" },
  nestedModulePath: { code: "TSMP1006", message: "module '{0}' is outside the entry's folder", hint: "keep all TypeScript modules next to src/main.ts (or in folders below it)" },
  badJson: { code: "TSMP1007", message: "JSON file '{0}' cannot be read: {1}", hint: "fix the JSON syntax (no comments, no trailing commas)" },
  moduleNameClash: { code: "TSMP1008", message: "two modules would both become '{0}'", hint: "rename one of the files" },
  moduleNameReserved: { code: "TSMP1009", message: "a module named '{0}' would shadow {1} on the board", hint: "rename the file (for example to {0}_util.ts)" },

  // ── 2xxx: refused language constructs ────────────────────────────────────────────────────────
  unsupportedSyntax: { code: "TSMP2001", message: "{0} is not supported yet", hint: "rewrite it with the supported subset listed in docs/language.md" },
  eval: { code: "TSMP2002", message: "eval() is not supported", hint: "MicroPython boards cannot compile TypeScript at run time; write the code directly" },
  with: { code: "TSMP2003", message: "'with' statements are not supported", hint: "name the object explicitly: `obj.prop` instead of `with (obj) { prop }`" },
  arguments: { code: "TSMP2004", message: "'arguments' is not supported", hint: "use a rest parameter: `function f(...args: number[])`" },
  prototype: { code: "TSMP2005", message: "prototype manipulation is not supported", hint: "use a class with methods (and `extends`) instead of changing prototypes" },
  varHoisting: { code: "TSMP2006", message: "this 'var' is not supported: {0}", hint: "use 'let' or 'const' (block scoped) instead of 'var'" },
  looseEquality: { code: "TSMP2007", message: "'{0}' is only supported against null", hint: "use '{1}' (strict comparison, no type coercion)" },
  regex: { code: "TSMP2008", message: "{0} cannot be compiled to MicroPython's re", hint: "{1} (see \"Regular expressions\" in docs/language.md)" },
  delete: { code: "TSMP2009", message: "'delete' is only supported on object record entries", hint: "use a Map and map.delete(key), or `delete record[key]` on a Record<string, T>" },
  generator: { code: "TSMP2010", message: "this generator form is not supported: {0}", hint: "use a plain function* (no async, no yield inside try/finally) and iterate it with for-of, spread or next()" },
  loopClosure: {
    code: "TSMP2011",
    message: "the loop variable '{0}' is captured by a closure and changed by the loop",
    hint: "copy it first: `const {0}Copy = {0};` inside the loop body, and capture the copy",
  },
  labelled: { code: "TSMP2012", message: "labels are only supported on loops", hint: "put the label on a for/while/do loop, or use a flag variable" },
  symbol: { code: "TSMP2013", message: "'Symbol' is not supported", hint: "use string constants or an enum" },
  proxy: { code: "TSMP2014", message: "'{0}' is not supported", hint: "use plain objects, classes or Map" },
  bigint: { code: "TSMP2016", message: "BigInt is not supported", hint: "use number (integers up to 2^53 are exact)" },
  commaOperator: { code: "TSMP2017", message: "the comma operator is not supported", hint: "write the expressions as separate statements" },
  assignInExpression: { code: "TSMP2018", message: "assigning to '{0}' inside an expression is not supported", hint: "do the assignment as its own statement before using the value" },
  asyncUnsupported: { code: "TSMP2019", message: "'await' is only supported directly inside an async function", hint: "put the code in `async function main() { … }` and call main(); for-await and top-level await are not supported" },
  getterInObjectLiteral: { code: "TSMP2020", message: "an object literal with getters or setters can only be used through its properties (o.x, o.m(), o.x = v)", hint: "keep it in a const and use its properties, or use a class with get/set accessors" },
  namespace: { code: "TSMP2021", message: "namespaces and declare blocks are not supported", hint: "use a module (a separate file) and import it" },
  computedKey: { code: "TSMP2022", message: "computed property names are not supported here", hint: "build the object step by step: `const o: Record<string, T> = {}; o[key] = value;`" },
  dynamicThis: { code: "TSMP2023", message: "'this' is only supported in class methods and in methods of an object literal used through its properties", hint: "use a class, or pass the object as a parameter" },
  privateName: { code: "TSMP2024", message: "the #private name '{0}' is also declared by a base class", hint: "give it another name in one of the classes (or use the TypeScript 'private' keyword)" },
  classExpression: { code: "TSMP2025", message: "class expressions are not supported", hint: "declare the class with `class Name { … }` at the top level" },
  shadowedFunction: { code: "TSMP2026", message: "function '{0}' is used before its declaration in a way MicroPython cannot run", hint: "move the function declaration above its first use" },
  spreadObject: { code: "TSMP2027", message: "spread of this value is not supported", hint: "spread arrays into arrays/calls, and plain objects into object literals" },
  instanceAsRecord: { code: "TSMP2028", message: "a class instance cannot be used as a plain object here", hint: "keep class instances in variables of their class type" },
  optionalCallOnMethod: { code: "TSMP2029", message: "'{0}' cannot be used here", hint: "rewrite the expression in simpler steps" },

  // ── 3xxx: refused library calls and globals ──────────────────────────────────────────────────
  unsupportedMethod: { code: "TSMP3001", message: "'{1}' on {0} is not supported yet", hint: "see docs/language.md for the supported {0} methods" },
  unsupportedGlobal: { code: "TSMP3002", message: "'{0}' is not available on the board", hint: "see docs/language.md for the globals compiled code can use" },
  unsupportedProperty: { code: "TSMP3003", message: "property '{1}' of {0} is not supported yet", hint: "see docs/language.md for what is supported" },
  anyType: { code: "TSMP3004", message: "cannot compile an operation on a value of type '{0}' exactly", hint: "give the value a precise type (number, string, an interface …)" },
  unsupportedCall: { code: "TSMP3005", message: "calling {0} this way is not supported", hint: "call it directly with its declared parameters" },

  // ── 9xxx: internal ───────────────────────────────────────────────────────────────────────────
  internal: { code: "TSMP9001", message: "internal compiler error: {0}", hint: "this is a bug in tsmp; please report it with the code that triggered it" },
} as const satisfies Record<string, MessageSpec>;

export type MessageName = keyof typeof messages;

export interface Diagnostic {
  /** File path as shown to the user (relative to the project when possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** `TSMP1234` or `TS2345`. */
  code: string;
  message: string;
  hint?: string;
  /** The text of the source line, for context. */
  sourceLine?: string;
}

export function fillTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? "");
}

export function makeDiagnostic(
  name: MessageName,
  at: { file: string; line: number; column: number; sourceLine?: string },
  ...args: string[]
): Diagnostic {
  const spec: MessageSpec = messages[name];
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    code: spec.code,
    message: fillTemplate(spec.message, args),
    hint: fillTemplate(spec.hint, args),
    sourceLine: at.sourceLine,
  };
}

/** `path(line,col): error TSMP1234: message` and, when there is one, a `  hint: …` line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}(${d.line},${d.column}): error ${d.code}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return [...list]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code))
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
