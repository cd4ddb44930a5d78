/**
 * The state one module's lowering shares: the diagnostics being collected, the runtime helpers used,
 * the Python scopes (names, nonlocal/global declarations, hoisted helper defs) and the output lines.
 */
import { Node, SourceFile, ts } from "ts-morph";
import { makeDiagnostic, type Diagnostic, type MessageName } from "../diagnostics.ts";
import { helperModule } from "../runtime.ts";

/** One line of Python with the TypeScript position it came from (1-based). */
export interface PyLine {
  indent: number;
  text: string;
  pos: [number, number] | null;
}

/** A refusal: lowering stops for the current statement, the diagnostic is recorded. */
export class Refusal extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export interface PyScope {
  kind: "module" | "function" | "class";
  /** The TS node that created the scope (function-like, class or source file). */
  node: Node;
  parent: PyScope | null;
  /** Python names in use in this scope. */
  used: Set<string>;
  nonlocals: Set<string>;
  globals: Set<string>;
}

const PY_RESERVED = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
  // builtins the emitted code relies on
  "print", "len", "str", "int", "float", "bool", "list", "dict", "range", "isinstance", "type", "super", "object",
  "enumerate", "abs", "min", "max", "round", "sorted", "property", "staticmethod", "classmethod", "Exception",
  "iter", "next", "getattr", "setattr", "hasattr", "chr", "ord", "repr", "tuple", "set", "sum", "any", "all", "map",
  "filter", "zip", "id", "hash", "open", "input", "bytes", "bytearray", "self", "cls", "math", "sys", "gc",
  "null", "nan", "inf", "OrderedDict", "StopIteration", "KeyError", "IndexError", "ValueError", "const", "micropython",
]);

const PY_KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** The Python name a declaration gets before any renaming for shadowing (reserved words get `_`). */
export function pyBaseName(tsName: string): string {
  const base = PY_RESERVED.has(tsName) || tsName.startsWith("__") ? `${tsName}_` : tsName;
  return base.replace(/\$/g, "_S");
}

/**
 * A TS member name as a Python attribute name (keywords get a trailing underscore). A `#private`
 * name becomes `__h_name`: no other member name starts with `__` here, and the runtime hides such
 * attributes from keys, console.log and JSON, as JavaScript hides private fields.
 */
export function attr(name: string): string {
  if (name.startsWith("#")) return `__h_${name.slice(1)}`;
  if (name.startsWith("__")) return name.replace(/^__/, "_u_");
  return PY_KEYWORDS.has(name) ? `${name}_` : name;
}

export class LowerContext {
  readonly diagnostics: Diagnostic[] = [];
  /** helper name → module it comes from */
  readonly helpers = new Map<string, string>();
  /** Python import lines from user imports, in source order. */
  readonly importLines: string[] = [];
  readonly lines: PyLine[] = [];
  readonly names = new Map<Node, string>();
  /** Local modules (python module names) this module imports. */
  readonly localImports = new Set<string>();
  /** Board / library modules imported (e.g. "umqttsimple"). */
  readonly externalImports = new Set<string>();
  scope: PyScope;
  indent = 0;
  private tmpCounter = 0;
  /** Statement-level code that must run before the statement being lowered (hoisted defs). */
  pending: PyLine[] = [];
  currentPos: [number, number] | null = null;
  /** The program may hold surrogate pairs in strings (lower/utf16.ts). */
  wideStrings = false;
  /** `a[i]` reads proven in range (lower/fast-paths.ts): plain Python indexing. */
  readonly inRangeReads = new Set<Node>();
  /** `a[i]` reads of an element loop (`for x in a`, lower/statements.ts): the element variable. */
  readonly elementReads = new Map<Node, string>();

  constructor(
    readonly file: SourceFile,
    readonly displayPath: string,
  ) {
    this.scope = { kind: "module", node: file, parent: null, used: new Set(), nonlocals: new Set(), globals: new Set() };
  }

  /** Every Python name declared in this module (any scope): helpers that clash get an alias. */
  readonly allNames = new Set<string>();

  /** A runtime helper reference; resolved to its final (possibly aliased) name when printing. */
  helper(name: string): string {
    this.helpers.set(name, helperModule(name));
    return `__H_${name}_H__`;
  }

  diagnostic(name: MessageName, node: Node, ...args: string[]): Diagnostic {
    const sf = node.getSourceFile();
    const start = node.getStart();
    const { line, column } = sf.getLineAndColumnAtPos(start);
    const text = sf.getFullText();
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", start);
    const sourceLine = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, "");
    return makeDiagnostic(name, { file: this.displayPath, line, column, sourceLine }, ...args);
  }

  refuse(name: MessageName, node: Node, ...args: string[]): never {
    throw new Refusal(this.diagnostic(name, node, ...args));
  }

  report(name: MessageName, node: Node, ...args: string[]): void {
    this.diagnostics.push(this.diagnostic(name, node, ...args));
  }

  posOf(node: Node): [number, number] {
    const { line, column } = node.getSourceFile().getLineAndColumnAtPos(node.getStart());
    return [line, column];
  }

  emit(text: string, pos: [number, number] | null = this.currentPos): void {
    this.lines.push({ indent: this.indent, text, pos });
  }

  /** Runs `fn` with output going to a separate buffer, returns the lines. */
  capture(fn: () => void): PyLine[] {
    const saved = this.lines.splice(0, this.lines.length);
    try {
      fn();
      return this.lines.splice(0, this.lines.length);
    } finally {
      this.lines.push(...saved);
    }
  }

  tmp(prefix = "_t"): string {
    this.tmpCounter += 1;
    const name = `${prefix}${this.tmpCounter}`;
    this.scope.used.add(name);
    return name;
  }

  pushScope(kind: PyScope["kind"], node: Node): PyScope {
    this.scope = { kind, node, parent: this.scope, used: new Set(), nonlocals: new Set(), globals: new Set() };
    return this.scope;
  }

  popScope(): void {
    if (this.scope.parent) this.scope = this.scope.parent;
  }

  /** Nearest enclosing scope that holds variables (class bodies do not, in Python). */
  variableScope(scope: PyScope = this.scope): PyScope {
    let s: PyScope = scope;
    while (s.kind === "class" && s.parent) s = s.parent;
    return s;
  }

  /** Declares a binding in the current variable scope and returns its (possibly renamed) Python name. */
  declare(decl: Node, tsName: string, scope: PyScope = this.variableScope()): string {
    const existing = this.names.get(decl);
    if (existing) return existing;
    const base = pyBaseName(tsName);
    let name = base;
    let n = 2;
    while (scope.used.has(name)) name = `${base}_${n++}`;
    scope.used.add(name);
    this.allNames.add(name);
    this.names.set(decl, name);
    return name;
  }

  pyName(decl: Node): string | undefined {
    return this.names.get(decl);
  }
}

export function isFunctionScopeNode(node: Node): boolean {
  return (
    Node.isFunctionDeclaration(node) ||
    Node.isFunctionExpression(node) ||
    Node.isArrowFunction(node) ||
    Node.isMethodDeclaration(node) ||
    Node.isConstructorDeclaration(node) ||
    Node.isGetAccessorDeclaration(node) ||
    Node.isSetAccessorDeclaration(node)
  );
}

/** The function-like node (or source file) whose Python scope holds a declaration. */
export function owningFunction(node: Node): Node {
  let cur: Node | undefined = node.getParent();
  while (cur) {
    if (isFunctionScopeNode(cur) || Node.isSourceFile(cur)) return cur;
    cur = cur.getParent();
  }
  return node.getSourceFile();
}

export function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    // Strings are UTF-16 code units at run time (docs/language.md): an astral character is its
    // two surrogates, as in JavaScript.
    else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${c.toString(16)}`;
    else out += ch;
  }
  return out + '"';
}

export const SK = ts.SyntaxKind;
