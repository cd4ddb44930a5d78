/**
 * The JavaScript standard library as far as compiled code may use it: calls and properties of
 * strings, arrays, numbers, Map/Set, Math, JSON, Object, console … mapped to plain Python where the
 * meaning is identical and to runtime-py helpers where it is not. Everything else is refused.
 */
import { Node, ts, type CallExpression, type NewExpression, type Type } from "ts-morph";
import { LowerContext, pyString, attr } from "./context.ts";
import { floorDivision, isInert, isNonEmptyRemoval, literalValue, mathMethodOf, rangeOf } from "./fast-paths.ts";
import { isPresentKeyRead } from "./literal-sets.ts";
import { constHoldsJsonText, jsonOnlyConstOf, jsonTextCode, stringifiesPlain } from "./json-plain.ts";
import { isAsciiString } from "./ascii-strings.ts";
import { isCertainText, padSpec } from "./string-format.ts";
import { isOrderFreeElementArray } from "./order-free-records.ts";
import { lowerObjectLiteralAsDict, lowerExpr, paren, toStringCode, numberToStringCode, lowerCondition, truthyOf, skipParens, identifierDecl, isMethodCall, lowerShorthandValue, superCode } from "./expressions.ts";
import { kindOf, kindOfNode, kindWithoutNullish, nullability, type Kind } from "./types.ts";
import { codePointIterable, printedText } from "./utf16.ts";
import { objectMethod, hasOwn, isHasOwnPropertyCall } from "./object-builtins.ts";
import { lowerBind } from "./bind.ts";
import { lowerFunctionExpression } from "./functions.ts";
import { lowerNewRegExp, lowerRegExpMethod, lowerRegexProperty, lowerRegexStringMethod } from "./regex-calls.ts";
import { isGeneratorNode, isGeneratorType, generatorMethod } from "./generators.ts";
import { literalAccessor } from "./object-this.ts";
import { sortKeyTerms } from "./sort-keys.ts";
import { keyedStringCall } from "./keyed-strings.ts";
import { lowerClassName } from "./class-names.ts";

const SK = ts.SyntaxKind;

function isLibDecl(decl: Node): boolean {
  const p = decl.getSourceFile().getFilePath().replace(/\\/g, "/");
  return /\/lib\.[^/]*\.d\.ts$/.test(p) || /boards\/types\/globals\.d\.ts$/.test(p) || /__tsmp_board__\/globals\.d\.ts$/.test(p);
}

/** The global (lib) name an identifier refers to, or undefined if it is user-declared. */
export function globalName(node: Node): string | undefined {
  const n = skipParens(node);
  if (!Node.isIdentifier(n)) return undefined;
  const sym = n.getSymbol();
  if (!sym) return undefined;
  const decls = sym.getDeclarations();
  if (decls.length && decls.every(isLibDecl)) return n.getText();
  return undefined;
}

/** The board module a namespace import refers to (`import * as time from "time"`), if any. */
function isNamespaceImport(node: Node): boolean {
  const n = skipParens(node);
  if (!Node.isIdentifier(n)) return false;
  const decl = identifierDecl(n);
  if (decl && Node.isNamespaceImport(decl)) return true;
  // `import { ns } from "./m"` where m has `export * as ns from "./other"`: a module object too.
  if (!decl || !Node.isImportSpecifier(decl)) return false;
  const sym = n.getSymbol();
  const resolved = sym?.isAlias() ? sym.getAliasedSymbol() : undefined;
  return !!resolved?.getDeclarations().some((d) => Node.isSourceFile(d) && !d.getFilePath().endsWith(".json"));
}

const GLOBAL_VALUES: Record<string, string> = {
  Promise: "Promise",
  setTimeout: "set_timeout",
  setInterval: "set_interval",
  clearTimeout: "clear_timeout",
  clearInterval: "clear_interval",
  Number: "num",
  String: "js_str",
  Boolean: "truthy",
  parseInt: "parse_int",
  parseFloat: "parse_float",
  SyntaxError: "SyntaxError_",
  Error: "Error",
  TypeError: "TypeError",
  RangeError: "RangeError",
  Map: "Map",
  Set: "Set",
  TextEncoder: "TextEncoder",
  TextDecoder: "TextDecoder",
};

/** A global identifier used as a value (not as a call or property base). */
export function lowerGlobalProperty(ctx: LowerContext, node: Node, text: string, decl: Node): string | undefined {
  if (!isLibDecl(decl)) return undefined;
  if (text === "Uint8Array") return "bytearray";
  const helper = GLOBAL_VALUES[text];
  if (helper) return ctx.helper(helper);
  if (text === "eval") return ctx.refuse("eval", node);
  if (text === "arguments") return ctx.refuse("arguments", node);
  if (text === "Symbol") return ctx.refuse("symbol", node);
  if (text === "Proxy" || text === "Reflect") return ctx.refuse("proxy", node, text);
  return ctx.refuse("unsupportedGlobal", node, text);
}

function isStatement(node: Node): boolean {
  const p = node.getParent();
  return !!p && Node.isExpressionStatement(p);
}

function isBoardDeclared(node: Node): boolean {
  const sym = node.getSymbol();
  const decls = sym?.getAliasedSymbol()?.getDeclarations() ?? sym?.getDeclarations() ?? [];
  return decls.some((d) => !!d.getFirstAncestor((a) => Node.isModuleDeclaration(a)) && /boards\/types\/|\/__tsmp_board__\//.test(d.getSourceFile().getFilePath().replace(/\\/g, "/")));
}

function args(ctx: LowerContext, call: CallExpression | NewExpression): string[] {
  const list = (call.getArguments() ?? []) as Node[];
  const callee = call.getExpression();
  const calleeNode = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
  const last = list.at(-1);
  if (last && Node.isObjectLiteralExpression(skipParens(last)) && isBoardDeclared(calleeNode)) {
    // Board APIs take options as Python keyword arguments: I2C(0, scl=pin, sda=pin).
    const lit = skipParens(last) as import("ts-morph").ObjectLiteralExpression;
    const kw = lit.getProperties().map((p) => {
      if (Node.isPropertyAssignment(p)) return `${p.getName()}=${lowerExpr(ctx, p.getInitializerOrThrow())}`;
      if (Node.isShorthandPropertyAssignment(p)) return `${p.getName()}=${lowerShorthandValue(ctx, p)}`;
      return ctx.refuse("unsupportedSyntax", p, "this option in a board call");
    });
    return [...plainArgs(ctx, list.slice(0, -1)), ...kw];
  }
  return plainArgs(ctx, list);
}

/** A Python list of call arguments (MicroPython has no `*x` inside list displays). */
function listOf(ctx: LowerContext, list: Node[]): string {
  const chunks: string[] = [];
  let cur: string[] = [];
  for (const a of list) {
    if (Node.isSpreadElement(a)) {
      if (cur.length) chunks.push(`[${cur.join(", ")}]`);
      cur = [];
      if (kindOfNode(a.getExpression()) !== "array" && !isGeneratorNode(a.getExpression())) ctx.refuse("spreadObject", a);
      chunks.push(`list(${lowerExpr(ctx, a.getExpression())})`);
    } else cur.push(lowerExpr(ctx, a));
  }
  if (cur.length || chunks.length === 0) chunks.push(`[${cur.join(", ")}]`);
  return chunks.join(" + ");
}

function plainArgs(ctx: LowerContext, list: Node[]): string[] {
  return list.map((a) => {
    if (Node.isSpreadElement(a)) {
      const k = kindOfNode(a.getExpression());
      if (k !== "array" && !isGeneratorNode(a.getExpression())) ctx.refuse("spreadObject", a);
      return `*${paren(lowerExpr(ctx, a.getExpression()))}`;
    }
    return lowerExpr(ctx, a);
  });
}

/** A length literal or an array literal of byte literals: Python's bytearray() means the same. */
function isByteValues(node: Node): boolean {
  const n = skipParens(node);
  const byte = (e: Node) => Node.isNumericLiteral(e) && Number.isInteger(e.getLiteralValue()) && e.getLiteralValue() <= 255;
  if (Node.isNumericLiteral(n)) return Number.isInteger(n.getLiteralValue()) && n.getLiteralValue() < 2 ** 30;
  return Node.isArrayLiteralExpression(n) && n.getElements().every(byte);
}

function isIntLiteral(node: Node | undefined): boolean {
  if (!node) return false;
  const n = skipParens(node);
  if (Node.isNumericLiteral(n)) return Number.isInteger(Number(n.getText())) && Math.abs(Number(n.getText())) < 2 ** 30;
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SK.MinusToken) return isIntLiteral(n.getOperand()) && Number(n.getOperand().getText()) !== 0;
  return false;
}

function hasDollar(node: Node): boolean {
  const n = skipParens(node);
  return !(Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) || n.getLiteralText().includes("$");
}

// ── callbacks ──────────────────────────────────────────────────────────────────────────────────────

function paramCount(type: Type): number | "rest" {
  // An optional callback (`cmp?: (a, b) => number`) has the signature of its non-undefined part.
  const sig = type.getNonNullableType().getCallSignatures()[0];
  if (!sig) return 1;
  const params = sig.getParameters();
  const decl = params.at(-1)?.getDeclarations()[0];
  if (decl && Node.isParameterDeclaration(decl) && decl.isRestParameter()) return "rest";
  return params.length;
}

/** A callback as a Python callable and the number of arguments it wants (at most `arity`). */
export function callbackFn(ctx: LowerContext, node: Node, arity: number, arr?: string): { code: string; count: number } {
  const n = skipParens(node);
  if (Node.isArrowFunction(n) || Node.isFunctionExpression(n)) {
    const declared = n.getParameters().length;
    const withArray = withArrayArgument(ctx, node, declared, arity, arr);
    if (withArray) return { code: withArray, count: arity };
    return { code: lowerFunctionExpression(ctx, n), count: declared };
  }
  const count = paramCount(n.getType());
  return { code: lowerExpr(ctx, n), count: count === "rest" ? arity : Math.min(count, arity) };
}

/**
 * A callback that also declares the array parameter (`(v, i, arr) => …`) gets the array as its
 * last argument, when the array is a plain name (reading it again is the same object).
 */
function withArrayArgument(ctx: LowerContext, node: Node, declared: number, arity: number, arr: string | undefined): string | undefined {
  if (declared <= arity) return undefined;
  if (declared > arity + 1 || arr === undefined || !/^[A-Za-z_]\w*$/.test(arr)) {
    return ctx.refuse("unsupportedCall", node, "this callback (it has more parameters than are passed)");
  }
  const names = Array.from({ length: arity }, (_, i) => `_a${i}`);
  return `(lambda ${names.join(", ")}: ${paren(lowerFunctionExpression(ctx, skipParens(node) as import("ts-morph").ArrowFunction))}(${[...names, arr].join(", ")}))`;
}

/** `fn(x, i)` trimmed to the arguments the callback declares. */
function callWith(fn: { code: string; count: number }, argNames: string[]): string {
  return `${paren(fn.code)}(${argNames.slice(0, fn.count).join(", ")})`;
}

/** A Python callable taking exactly `arity` positional arguments for a callback argument. */
function callback(ctx: LowerContext, node: Node, arity: number, arr?: string): string {
  const n = skipParens(node);
  if (Node.isArrowFunction(n) || Node.isFunctionExpression(n)) {
    const declared = n.getParameters().length;
    const withArray = withArrayArgument(ctx, node, declared, arity, arr);
    if (withArray) return withArray;
    const code = lowerFunctionExpression(ctx, n);
    if (declared === arity) return code;
    const names = Array.from({ length: arity }, (_, i) => `_a${i}`);
    return `(lambda ${names.join(", ")}: ${paren(code)}(${names.slice(0, declared).join(", ")}))`;
  }
  const count = paramCount(n.getType());
  const code = lowerExpr(ctx, n);
  if (count === arity) return code;
  const names = Array.from({ length: arity }, (_, i) => `_a${i}`);
  const pass = count === "rest" ? names : names.slice(0, count);
  return `(lambda ${names.join(", ")}: ${paren(code)}(${pass.join(", ")}))`;
}

interface Inline {
  params: string[];
  body: string;
  bodyNode: Node;
}

/**
 * An arrow with an expression body and identifier parameters, inlined into a comprehension:
 * its parameters become the comprehension variables.
 */
function inlineArrow(ctx: LowerContext, node: Node, maxParams: number): Inline | undefined {
  const n = skipParens(node);
  if (!Node.isArrowFunction(n) || n.isAsync()) return undefined;
  const body = n.getBody();
  if (Node.isBlock(body)) return undefined;
  const params = n.getParameters();
  if (params.length > maxParams || params.some((p) => !Node.isIdentifier(p.getNameNode()) || p.getInitializer() || p.isRestParameter())) return undefined;
  ctx.pushScope("function", n);
  const scope = ctx.scope;
  const savedPending = ctx.pending.length;
  try {
    const names = params.map((p) => ctx.declare(p, p.getName()));
    const code = lowerExpr(ctx, body);
    if (scope.nonlocals.size || scope.globals.size || ctx.pending.length !== savedPending || /:=/.test(code)) {
      ctx.pending.length = savedPending;
      for (const p of params) ctx.names.delete(p);
      return undefined;
    }
    return { params: names, body: code, bodyNode: body };
  } finally {
    ctx.popScope();
  }
}

/** `xs.filter(x => e)` calls lowered to one comprehension, for fusing with a `.map` on them. */
const filterComprehensions = new WeakMap<Node, { code: string; param: string; head: string; cond: string; body: Node }>();

function comprehensionHead(params: string[], arr: string): string {
  if (params.length <= 1) return `for ${params[0] ?? "_x"} in ${arr}`;
  return `for ${params[1]}, ${params[0]} in enumerate(${arr})`;
}

// ── properties ─────────────────────────────────────────────────────────────────────────────────────

export function lowerPropertyOf(ctx: LowerContext, node: Node, target: Node, obj: string, name: string): string {
  const g = globalName(target);
  if (g === "Math") {
    const consts: Record<string, string> = { PI: "3.141592653589793", E: "2.718281828459045", LN2: "0.6931471805599453", LN10: "2.302585092994046", SQRT2: "1.4142135623730951", LOG2E: "1.4426950408889634", LOG10E: "0.4342944819032518", SQRT1_2: "0.7071067811865476" };
    if (consts[name]) return consts[name]!;
    const fns: Record<string, string> = { floor: "floor", ceil: "ceil", round: "round_", trunc: "trunc", sqrt: "sqrt", sign: "sign", min: "js_min", max: "js_max", pow: "js_pow", log: "log_", exp: "exp", sin: "sin", cos: "cos", tan: "tan", atan: "atan", atan2: "atan2", hypot: "hypot", cbrt: "cbrt", log10: "log10", log2: "log2", imul: "imul", clz32: "clz32" };
    if (fns[name]) return ctx.helper(fns[name]!);
    if (name === "abs") return "abs";
    return ctx.refuse("unsupportedProperty", node, "Math", name);
  }
  if (g === "Number") {
    const consts: Record<string, string> = { MAX_SAFE_INTEGER: "9007199254740991", MIN_SAFE_INTEGER: "-9007199254740991", EPSILON: "2.220446049250313e-16", MAX_VALUE: "1.7976931348623157e+308", MIN_VALUE: "5e-324" };
    if (consts[name]) return consts[name]!;
    if (name === "POSITIVE_INFINITY") return ctx.helper("Infinity");
    if (name === "NEGATIVE_INFINITY") return `-${ctx.helper("Infinity")}`;
    if (name === "NaN") return ctx.helper("NaN");
    return ctx.refuse("unsupportedProperty", node, "Number", name);
  }
  if (g) return ctx.refuse("unsupportedProperty", node, g, name);
  if (isNamespaceImport(target)) return `${obj}.${name}`;
  const regexProp = lowerRegexProperty(ctx, node, target, obj, name);
  if (regexProp !== undefined) return regexProp;
  const className = lowerClassName(target, obj, name);
  if (className !== undefined) return className;
  let sym = target.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol();
  // A static getter (on the class or `this` in a static method) is a class method (classes.ts).
  if (node.getSymbol()?.getDeclarations().some((d) => Node.isGetAccessorDeclaration(d) && d.isStatic())) return `${paren(obj)}._sget_${attr(name)}()`;
  if (sym?.getDeclarations().some((d) => Node.isEnumDeclaration(d) || Node.isClassDeclaration(d))) {
    return `${paren(obj)}.${attr(name)}`;
  }
  const type = target.getType();
  const kind = kindWithoutNullish(type);
  switch (kind) {
    case "string":
    case "array":
    case "bytes":
      if (name === "length" || name === "byteLength") return `len(${obj})`;
      return ctx.refuse("unsupportedProperty", node, kindLabel(kind), name);
    case "map":
    case "set":
      if (name === "size") return `${paren(obj)}.size`;
      return ctx.refuse("unsupportedProperty", node, kindLabel(kind), name);
    case "record": {
      const prop = type.getNonNullableType().getProperty(name);
      if (prop && prop.getDeclarations().some((d) => Node.isMethodSignature(d) || Node.isMethodDeclaration(d))) {
        // a function-valued property
      }
      // .get: a missing key reads as undefined even when the type claims it is there (JSON data, casts).
      void prop;
      if (literalAccessor(node)) return `${paren(obj)}[${pyString(name)}].get()`;
      // A key proven present (literal-sets.ts) reads as plain indexing: never undefined.
      if (isPresentKeyRead(node, ctx.inRangeReads)) return `${paren(obj)}[${pyString(name)}]`;
      return `${paren(obj)}.get(${pyString(name)})`;
    }
    case "external":
      return `${paren(obj)}.${name}`;
    case "class":
    case "error":
      return `${paren(obj)}.${attr(name)}`;
    default:
      if (Node.isThisExpression(target)) return `${obj}.${attr(name)}`;
      if (Node.isSuperExpression(target)) return `${superCode(ctx, target)}.${attr(name)}`;
      return ctx.refuse("anyType", node, type.getText(node));
  }
}

function kindLabel(kind: Kind): string {
  return { string: "strings", array: "arrays", bytes: "byte arrays", map: "Map", set: "Set", number: "numbers", boolean: "booleans" }[kind as string] ?? kind;
}

// ── calls ─────────────────────────────────────────────────────────────────────────────────────────

export function lowerCall(ctx: LowerContext, call: CallExpression, objCode: string | undefined): string {
  const callee = call.getExpression();
  if (callee.getKind() === SK.SuperKeyword) return `${superCode(ctx, callee)}.__init__(${args(ctx, call).join(", ")})`;
  // In an optional chain, objCode is the object of a method call, or else the function itself.
  if (objCode !== undefined && !isMethodCall(call)) return `${paren(objCode)}(${args(ctx, call).join(", ")})`;
  if (isHasOwnPropertyCall(call)) return hasOwn(ctx, call);
  if (Node.isPropertyAccessExpression(callee) || Node.isElementAccessExpression(callee)) {
    if (Node.isElementAccessExpression(callee) && !Node.isStringLiteral(callee.getArgumentExpression())) {
      const fn = lowerExpr(ctx, callee);
      return `${paren(fn)}(${args(ctx, call).join(", ")})`;
    }
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : (callee.getArgumentExpression() as import("ts-morph").StringLiteral).getLiteralValue();
    const target = callee.getExpression();
    const g = globalName(target);
    // NaN and Infinity are numbers: their methods are number methods.
    if (g && g !== "NaN" && g !== "Infinity") return globalMethod(ctx, call, g, name);
    if (isNamespaceImport(target)) return `${lowerExpr(ctx, target)}.${name}(${args(ctx, call).join(", ")})`;
    const obj = objCode ?? (Node.isSuperExpression(target) ? superCode(ctx, target) : lowerExpr(ctx, target));
    return method(ctx, call, target, obj, name);
  }
  if (objCode !== undefined) return `${paren(objCode)}(${args(ctx, call).join(", ")})`;
  const g = globalName(callee);
  if (g) return globalFunction(ctx, call, g);
  const decl = Node.isIdentifier(callee) ? identifierDecl(callee) : undefined;
  if (decl && Node.isClassDeclaration(decl)) ctx.refuse("unsupportedCall", call, "a class without 'new'");
  return `${paren(lowerExpr(ctx, callee))}(${args(ctx, call).join(", ")})`;
}

function globalFunction(ctx: LowerContext, call: CallExpression, name: string): string {
  const a = call.getArguments();
  const A = () => args(ctx, call);
  switch (name) {
    case "parseInt":
      return `${ctx.helper("parse_int")}(${A().join(", ")})`;
    case "parseFloat":
      return `${ctx.helper("parse_float")}(${A().join(", ")})`;
    case "Number":
      if (a.length === 0) return "0";
      return kindOfNode(a[0]!) === "number" ? lowerExpr(ctx, a[0]!) : `${ctx.helper("num")}(${lowerExpr(ctx, a[0]!)})`;
    case "String":
      if (a.length === 0) return '""';
      return toStringCode(ctx, a[0]!);
    case "Boolean":
      if (a.length === 0) return "False";
      return lowerCondition(ctx, a[0]!);
    case "isNaN":
      return `${ctx.helper("is_nan")}(${ctx.helper("num")}(${lowerExpr(ctx, a[0]!)}))`;
    case "isFinite":
      return `${ctx.helper("is_finite")}(${ctx.helper("num")}(${lowerExpr(ctx, a[0]!)}))`;
    case "setTimeout":
      return `${ctx.helper("set_timeout")}(${A().join(", ")})`;
    case "setInterval":
      return `${ctx.helper("set_interval")}(${A().join(", ")})`;
    case "clearTimeout":
      return `${ctx.helper("clear_timeout")}(${A().join(", ")})`;
    case "clearInterval":
      return `${ctx.helper("clear_interval")}(${A().join(", ")})`;
    case "queueMicrotask":
      return `${ctx.helper("queue_microtask")}(${A().join(", ")})`;
    case "Array":
      if (a.length === 1 && kindOfNode(a[0]!) === "number") return `${ctx.helper("new_array")}(${lowerExpr(ctx, a[0]!)})`;
      return listOf(ctx, a);
    case "eval":
      return ctx.refuse("eval", call);
    case "Symbol":
      return ctx.refuse("symbol", call);
    default:
      return ctx.refuse("unsupportedGlobal", call.getExpression(), name);
  }
}

/** A class instance with a field whose name Python spells differently (a keyword or `__` rename); #private fields are never keys. */
function instanceHasRenamedFields(node: Node): boolean {
  const fields = node.getType().getNonNullableType().getProperties().filter((p) => p.getDeclarations().some((d) => Node.isPropertyDeclaration(d) || Node.isParameterDeclaration(d)));
  return fields.some((p) => !p.getName().startsWith("#") && attr(p.getName()) !== p.getName());
}

/** A call of a number's toString / toFixed / toPrecision / toExponential outside an optional chain (a str at run time). */
function isNumberText(x: Node): boolean {
  if (!Node.isCallExpression(x) || kindOf(x.getType()) !== "string") return false;
  const f = x.getExpression();
  return Node.isPropertyAccessExpression(f) && ["toString", "toFixed", "toPrecision", "toExponential"].includes(f.getName()) && kindOf(f.getExpression().getType()) === "number";
}

function consoleCall(ctx: LowerContext, call: CallExpression): string {
  const a = call.getArguments();
  // Only strings, numbers and booleans: print them without the whole util.inspect formatter.
  // In a program whose strings can hold surrogate pairs, printed strings are joined to text (utf16.ts); log does it itself.
  if (a.every((x) => !Node.isSpreadElement(x) && ["string", "number", "boolean"].includes(kindOfNode(x)))) {
    const codes = args(ctx, call).map((code, i) => {
      const x = skipParens(a[i]!);
      // x.toString(…) / toFixed / toPrecision / toExponential of a number: always an ASCII str.
      if (isNumberText(x)) return code;
      // An int proven within 2^53 prints as Python prints it, and so does a string proven ASCII (never undefined).
      if (rangeOf(x, ctx.inRangeReads) || isAsciiString(x, ctx.inRangeReads)) return code;
      // Text that is certainly a str (literals, concatenations, string methods: string-format.ts).
      if (isCertainText(x, ctx.inRangeReads)) return printedText(ctx, x, code);
      // A value typed string or number may still be undefined at run time (an out-of-range read, a `!`).
      if (kindOfNode(x) === "string") {
        // A string needs no number formatting: only undefined is printed differently from Python.
        const text = /^[A-Za-z_]\w*$/.test(code) ? `(${code} if ${code} is not None else "undefined")` : `${ctx.helper("log_str")}(${code})`;
        return printedText(ctx, x, text);
      }
      // log_val prints bools and safe ints itself, the rest through tsmp_numfmt.log_num, imported lazily.
      return `${ctx.helper("log_val")}(${code})`;
    });
    return `print(${codes.join(", ")})`;
  }
  return `${ctx.helper("log")}(${args(ctx, call).join(", ")})`;
}

function globalMethod(ctx: LowerContext, call: CallExpression, g: string, name: string): string {
  const a = call.getArguments();
  const A = () => args(ctx, call);
  const h = (helper: string) => `${ctx.helper(helper)}(${A().join(", ")})`;
  switch (g) {
    case "console":
      if (["log", "error", "warn", "info", "debug"].includes(name)) return consoleCall(ctx, call);
      break;
    case "Math":
      if (name === "floor") {
        // Proven ints: floor division, or the int itself.
        const fd = floorDivision(call, ctx.inRangeReads);
        if (fd) return `${paren(lowerExpr(ctx, fd.x))} // ${paren(lowerExpr(ctx, fd.k))}`;
        if (a.length === 1 && rangeOf(a[0]!, ctx.inRangeReads)) return lowerExpr(ctx, a[0]!);
        // Math.floor(x / y): one helper that floor-divides ints and falls back to floor(div(x, y)).
        const q = a.length === 1 ? skipParens(a[0]!) : undefined;
        if (q && Node.isBinaryExpression(q) && q.getOperatorToken().getKind() === SK.SlashToken && kindOfNode(q.getLeft()) === "number" && kindOfNode(q.getRight()) === "number") {
          return `${ctx.helper("floor_div")}(${lowerExpr(ctx, q.getLeft())}, ${lowerExpr(ctx, q.getRight())})`;
        }
      }
      if ((name === "min" || name === "max") && a.length >= 1 && a.every((x) => rangeOf(x, ctx.inRangeReads))) {
        return a.length === 1 ? lowerExpr(ctx, a[0]!) : `${name}(${A().join(", ")})`;
      }
      if ((name === "min" || name === "max") && a.length === 2) {
        const clamped = clampCode(ctx, name, a[0]!, a[1]!);
        if (clamped) return clamped;
      }
      if ((name === "min" || name === "max") && a.length === 2 && a.every((x) => !Node.isSpreadElement(x))) return h(`js_${name}2`);
      switch (name) {
        case "floor": return h("floor");
        case "ceil": return h("ceil");
        case "round": return h("round_");
        case "trunc": return h("trunc");
        case "abs": return `abs(${A()[0]})`;
        case "min": return h("js_min");
        case "max": return h("js_max");
        case "pow": return h("js_pow");
        case "sqrt": return h("sqrt");
        case "sign": return h("sign");
        case "random": return `${ctx.helper("js_random")}()`;
        case "log": return h("log_");
        case "imul": return h("imul");
        case "clz32": return h("clz32");
        case "exp": case "sin": case "cos": case "tan": case "atan": case "asin": case "acos": case "atan2": case "hypot": case "cbrt": case "log10": case "log2":
          return h(name);
      }
      break;
    case "JSON":
      if (name === "stringify") {
        const [v, replacer, indent] = a;
        if (replacer && !(replacer.getKind() === SK.NullKeyword || replacer.getText() === "undefined")) ctx.refuse("unsupportedMethod", call, "JSON", "stringify with a replacer");
        // Proven at build time to print as json.dumps prints it (json-plain.ts): no run-time check;
        // its JSON text built directly where the value has a text form (a json-only const holds it).
        if (stringifiesPlain(call, ctx.inRangeReads)) {
          const held = jsonOnlyConstOf(call, ctx.inRangeReads);
          if (held && constHoldsJsonText(held, ctx.inRangeReads)) return lowerExpr(ctx, v!);
          const text = held ? undefined : jsonTextCode(v!, ctx.inRangeReads, (n) => lowerExpr(ctx, n));
          return text ?? `${ctx.helper("dumps_plain")}(${lowerExpr(ctx, v!)})`;
        }
        const parts = [lowerExpr(ctx, v!)];
        if (indent) parts.push(lowerExpr(ctx, indent));
        return `${ctx.helper("stringify")}(${parts.join(", ")})`;
      }
      if (name === "parse") {
        if (a.length > 1) ctx.refuse("unsupportedMethod", call, "JSON", "parse with a reviver");
        return h("parse");
      }
      break;
    case "Object": {
      const kind = a[0] ? kindWithoutNullish(a[0].getType()) : "mixed";
      if (["keys", "values", "entries"].includes(name)) {
        if (kind === "array" && a.length === 1) {
          const arr = lowerExpr(ctx, a[0]!);
          if (name === "values") return `list(${arr})`;
          return name === "keys" ? `[str(_i) for _i in range(len(${arr}))]` : `[[str(_i), _v] for _i, _v in enumerate(${arr})]`;
        }
        if (kind === "class" && !instanceHasRenamedFields(a[0]!)) return h(name);
        if (kind !== "record") ctx.refuse("unsupportedMethod", call, "Object", `${name} of a non-plain object`);
        return h(name);
      }
      if (name === "assign") {
        if (!a.every((x) => kindWithoutNullish(x.getType()) === "record")) ctx.refuse("unsupportedMethod", call, "Object", "assign of non-plain objects");
        return h("assign");
      }
      if (name === "is") return h("same_value");
      const own = objectMethod(ctx, call, name);
      if (own !== undefined) return own;
      if (["setPrototypeOf", "getPrototypeOf", "create", "defineProperty"].includes(name)) return ctx.refuse("prototype", call);
      break;
    }
    case "Number":
      switch (name) {
        case "isInteger": return h("is_integer");
        case "isNaN": return kindOfNode(a[0]!) === "number" ? h("is_nan") : "False";
        case "isFinite": return kindOfNode(a[0]!) === "number" ? h("is_finite") : "False";
        case "parseFloat": return h("parse_float");
        case "parseInt": return h("parse_int");
        case "isSafeInteger": return h("is_safe_integer");
      }
      break;
    case "String":
      if (name === "fromCharCode") return h("from_char_code");
      if (name === "fromCodePoint") return h("from_code_point");
      break;
    case "Array":
      if (name === "isArray") return `isinstance(${A()[0]}, list)`;
      if (name === "of") return listOf(ctx, a);
      if (name === "from") {
        const src = a[0]!;
        const k = kindWithoutNullish(src.getType());
        if (k === "record" && kindOf(src.getType().getNonNullableType().getProperty("length")?.getTypeAtLocation(src) ?? src.getType()) === "number") {
          const fn = a[1] ? callbackFn(ctx, a[1], 2) : undefined;
          const len = `int(${ctx.helper("num")}(${paren(lowerExpr(ctx, src))}["length"]))`;
          return fn ? `[${callWith(fn, ["None", "_i"])} for _i in range(${len})]` : `[None] * ${len}`;
        }
        if (!["array", "string", "set", "map", "bytes"].includes(k)) ctx.refuse("unsupportedMethod", call, "Array", "from of this value");
        const s = k === "map" ? `${paren(lowerExpr(ctx, src))}.entries()` : codePointIterable(ctx, src, lowerExpr(ctx, src));
        if (a[1]) {
          const fn = callbackFn(ctx, a[1], 2);
          return fn.count < 2 ? `[${callWith(fn, ["_x"])} for _x in ${s}]` : `[${callWith(fn, ["_x", "_i"])} for _i, _x in enumerate(${s})]`;
        }
        return `list(${s})`;
      }
      break;
    case "Uint8Array":
      if (name === "from") return a[1] ? `${ctx.helper("b_from")}(${lowerExpr(ctx, a[0]!)}, ${callback(ctx, a[1], 2)})` : h("b_from");
      break;
    case "Date":
      if (name === "now") return `${ctx.helper("date_now")}()`;
      break;
    case "Promise":
      if (["resolve", "reject", "all", "race", "allSettled", "any"].includes(name)) return `${ctx.helper("Promise")}.${name}(${A().join(", ")})`;
      break;
  }
  return ctx.refuse("unsupportedMethod", call, g, name);
}

/**
 * The digits / radix argument of toFixed, toPrecision, toExponential and toString: as is when typed
 * number (undefined at run time is handled by the helper, as JavaScript treats it), otherwise
 * through num() (ToNumber) first, so the tsmp_numfmt helpers never need num themselves.
 */
function numberArg(ctx: LowerContext, arg: Node): string {
  const code = lowerExpr(ctx, arg);
  const type = arg.getType();
  return kindWithoutNullish(type) === "number" && !nullability(type).nul ? code : `${ctx.helper("num")}(${code})`;
}

function method(ctx: LowerContext, call: CallExpression, target: Node, obj: string, name: string): string {
  const type = target.getType();
  const kind = kindWithoutNullish(type);
  const a = call.getArguments();
  const A = () => args(ctx, call);
  const O = paren(obj);
  if (isGeneratorType(type)) return generatorMethod(ctx, call, obj, name);
  switch (kind) {
    case "string":
      return stringMethod(ctx, call, obj, name);
    case "array":
      return arrayMethod(ctx, call, target, obj, name);
    case "number":
      if (name === "toFixed") return `${ctx.helper("to_fixed")}(${obj}, ${a[0] ? numberArg(ctx, a[0]) : "0"})`;
      if (name === "toString") {
        if (!a[0]) return numberToStringCode(ctx, obj, target);
        // A proven safe int in radix 2, 8, 10 or 16: Python's own formatting gives JavaScript's digits
        // (a leading - for negatives, no -0 among ints), without tsmp_numfmt.
        const radix = Node.isNumericLiteral(a[0]) ? Number(a[0].getText()) : 0;
        const plain: Record<number, string> = { 2: `"{:b}".format(${obj})`, 8: `"%o" % ${O}`, 10: `str(${obj})`, 16: `"%x" % ${O}` };
        if (plain[radix] && rangeOf(target, ctx.inRangeReads)) return plain[radix]!;
        return `${ctx.helper("to_radix")}(${obj}, ${numberArg(ctx, a[0])})`;
      }
      if (name === "toPrecision") return a[0] ? `${ctx.helper("to_precision")}(${obj}, ${numberArg(ctx, a[0])})` : `${ctx.helper("js_str")}(${obj})`;
      if (name === "toExponential") return `${ctx.helper("to_exponential")}(${[obj, ...a.slice(0, 1).map((x) => numberArg(ctx, x))].join(", ")})`;
      if (name === "valueOf") return obj;
      return ctx.refuse("unsupportedMethod", call, "numbers", name);
    case "boolean":
      if (name === "toString") return `${ctx.helper("js_str")}(${obj})`;
      return ctx.refuse("unsupportedMethod", call, "booleans", name);
    case "map":
    case "set":
      {
        const direct = keyedStringCall(call, kind, name, O, A);
        if (direct !== undefined) return direct;
      }
      if (name === "forEach") {
        const fn = callback(ctx, a[0]!, 2);
        return `${O}.forEach(${fn})`;
      }
      if (["get", "set", "has", "delete", "clear", "add", "keys", "values", "entries"].includes(name)) return `${O}.${name}(${A().join(", ")})`;
      return ctx.refuse("unsupportedMethod", call, kindLabel(kind), name);
    case "bytes":
      if (name === "slice" || name === "subarray") return `${ctx.helper("slice")}(${[obj, ...A()].join(", ")})`;
      if (BYTES_LIKE_ARRAYS.has(name)) return arrayMethod(ctx, call, target, obj, name);
      if (name === "fill" || name === "set") return `${ctx.helper(name === "fill" ? "b_fill" : "b_set")}(${[obj, ...A()].join(", ")})`;
      if (name === "map") return `${ctx.helper("b_map")}(${obj}, ${callback(ctx, a[0]!, 2)})`;
      return ctx.refuse("unsupportedMethod", call, "byte arrays", name);
    case "error":
      if (name === "toString") return `${ctx.helper("js_str")}(${obj})`;
      return `${O}.${attr(name)}(${A().join(", ")})`;
    case "class":
      return `${O}.${attr(name)}(${A().join(", ")})`;
    case "external":
      return `${O}.${name}(${A().join(", ")})`;
    case "record": {
      const prop = type.getNonNullableType().getProperty(name);
      if (!prop) return ctx.refuse("unsupportedMethod", call, "plain objects", name);
      return `${O}[${pyString(name)}](${A().join(", ")})`;
    }
    case "function":
      if (name === "bind") return lowerBind(ctx, call, target);
      return ctx.refuse("unsupportedMethod", call, "functions", name);
    case "regexp":
      return lowerRegExpMethod(ctx, call, obj, name);
    default:
      if (Node.isSuperExpression(target)) return `${superCode(ctx, target)}.${attr(name)}(${A().join(", ")})`;
      if (Node.isThisExpression(target)) return `${O}.${attr(name)}(${A().join(", ")})`;
      return ctx.refuse("anyType", call, type.getText(call));
  }
}

/** The object a method call is made on (`s` in `s.f()`). */
function callReceiver(call: CallExpression): Node {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) || Node.isElementAccessExpression(callee) ? callee.getExpression() : callee;
}

function stringMethod(ctx: LowerContext, call: CallExpression, s: string, name: string): string {
  const a = call.getArguments();
  const A = () => args(ctx, call);
  const S = paren(s);
  const h = (helper: string) => `${ctx.helper(helper)}(${[s, ...A()].join(", ")})`;
  const viaRegex = lowerRegexStringMethod(ctx, call, s, name);
  if (viaRegex !== undefined) return viaRegex;
  switch (name) {
    // ASCII proven at build time (ascii-strings.ts): Python's case mapping is JavaScript's.
    case "toUpperCase": return a.length === 0 && isAsciiString(callReceiver(call), ctx.inRangeReads) ? `${S}.upper()` : h("upper");
    case "toLowerCase": return a.length === 0 && isAsciiString(callReceiver(call), ctx.inRangeReads) ? `${S}.lower()` : h("lower");
    case "trim": return h("js_trim");
    case "trimStart": return h("trim_start");
    case "trimEnd": return h("trim_end");
    case "includes":
      if (a.length === 1 && kindOfNode(a[0]!) === "string") return `${paren(lowerExpr(ctx, a[0]!))} in ${S}`;
      return h("s_includes");
    case "startsWith":
      if (a.length === 1 && kindOfNode(a[0]!) === "string") return `${S}.startswith(${A()[0]})`;
      return h("starts_with");
    case "endsWith":
      if (a.length === 1 && kindOfNode(a[0]!) === "string") return `${S}.endswith(${A()[0]})`;
      return h("ends_with");
    case "codePointAt": return h("code_point_at");
    case "valueOf": return s;
    case "indexOf":
      if (a.length === 1) return `${S}.find(${A()[0]})`;
      return h("s_index_of");
    case "lastIndexOf":
      if (a.length === 1) return `${S}.rfind(${A()[0]})`;
      return h("s_last_index_of");
    case "slice":
      if (a.length === 0) return s;
      if (a.every((x) => isIntLiteral(x))) return `${S}[${A().join(":")}${a.length === 1 ? ":" : ""}]`;
      return h("s_slice");
    case "substring": return h("substring");
    case "substr": break;
    case "charAt": return h("char_at");
    case "charCodeAt": return h("char_code_at");
    case "at": return h("at"); // tsmp_array's at: Python indexes str and list alike
    case "split":
      if (a.length === 1 && Node.isStringLiteral(skipParens(a[0]!)) && (skipParens(a[0]!) as import("ts-morph").StringLiteral).getLiteralValue() !== "") return `${S}.split(${A()[0]})`;
      if (a.length >= 1 && kindOfNode(a[0]!) !== "string") break;
      return h("split");
    case "replace":
    case "replaceAll": {
      if (a.length !== 2 || kindOfNode(a[0]!) !== "string") return ctx.refuse("unsupportedMethod", call, "strings", `${name} with these arguments`);
      if (kindOfNode(a[1]!) !== "string") return ctx.refuse("unsupportedMethod", call, "strings", `${name} with a function`);
      // str.replace when the pattern is a non-empty literal: MicroPython's replace of "" inserts
      // between UTF-8 bytes, so an empty or unknown pattern goes through the helper.
      const pat = skipParens(a[0]!);
      const literalPattern = (Node.isStringLiteral(pat) || Node.isNoSubstitutionTemplateLiteral(pat)) && pat.getLiteralText() !== "";
      if (!hasDollar(a[1]!) && literalPattern) return `${S}.replace(${A().join(", ")}${name === "replace" ? ", 1" : ""})`;
      return h(name === "replace" ? "replace" : "replace_all");
    }
    case "padStart":
    case "padEnd": {
      // Digits of a proven int with a literal width and one ASCII fill: str.format's alignment (string-format.ts).
      const padded = padSpec(call, ctx.inRangeReads);
      if (padded) return `${pyString(`{${padded.spec}}`)}.format(${s})`;
      return h(name === "padStart" ? "pad_start" : "pad_end");
    }
    case "repeat": return h("s_repeat");
    case "concat": return [s, ...a.map((x) => toStringCode(ctx, x))].map(paren).join(" + ");
    case "toString": return s;
    case "search": {
      // A string pattern is a regular expression; one without special characters matches itself.
      const pat = a.length === 1 ? skipParens(a[0]!) : undefined;
      if (pat && Node.isStringLiteral(pat) && !/[\\^$.|?*+()[\]{}]/.test(pat.getLiteralValue())) return `${S}.find(${A()[0]})`;
      break;
    }
    case "localeCompare":
      // Node's default collation, exact for ASCII text (tsmp_string.locale_compare); no locales or options.
      if (a.length === 1 && kindOfNode(a[0]!) === "string") return h("locale_compare");
      break;
  }
  return ctx.refuse("unsupportedMethod", call, "strings", name);
}

/**
 * `[…].filter((v, i, arr) => …)` on an array that is not a plain name: a helper holds the one
 * array object and passes it to the callback (map, filter, forEach).
 */
function arrayCallbackOnValue(ctx: LowerContext, fnNode: Node | undefined, arr: string, name: string): string | undefined {
  const helper = ({ map: "map3", filter: "filter3", forEach: "for_each3" } as Record<string, string>)[name];
  if (!helper || !fnNode || /^[A-Za-z_]\w*$/.test(arr)) return undefined;
  const fn = skipParens(fnNode);
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters().length !== 3) return undefined;
  return `${ctx.helper(helper)}(${arr}, ${lowerFunctionExpression(ctx, fn)})`;
}

/** Uint8Array methods that read elements exactly like the array ones (elements are numbers). */
const BYTES_LIKE_ARRAYS = new Set(["indexOf", "lastIndexOf", "includes", "join", "at", "forEach", "every", "some", "find", "findIndex", "reduce", "toString"]);

function arrayMethod(ctx: LowerContext, call: CallExpression, target: Node, arr: string, name: string): string {
  const a = call.getArguments();
  const A = () => args(ctx, call);
  const R = paren(arr);
  const stmt = isStatement(call);
  const elementType = target.getType().getNonNullableType().getArrayElementType() ?? target.getType().getNonNullableType().getNumberIndexType();
  const elementKind = elementType ? kindOf(elementType) : "mixed";
  const h = (helper: string) => `${ctx.helper(helper)}(${[arr, ...A()].join(", ")})`;
  const simple = /^[A-Za-z_][\w.]*$/.test(arr);
  const threeArgs = arrayCallbackOnValue(ctx, a[0], arr, name);
  if (threeArgs !== undefined) return threeArgs;
  switch (name) {
    case "push": {
      // Records no code can see whole (order-free-records.ts) are dicts.
      const decl = Node.isIdentifier(target) ? target.getSymbol()?.getDeclarations()[0] : undefined;
      if (stmt && a.length === 1 && decl && isOrderFreeElementArray(decl)) {
        const dict = lowerObjectLiteralAsDict(ctx, a[0]!);
        if (dict) return `${R}.append(${dict})`;
      }
      if (stmt && a.length === 1 && !Node.isSpreadElement(a[0]!)) return `${R}.append(${A()[0]})`;
      const items = listOf(ctx, a);
      if (stmt) return `${R}.extend(${items})`;
      if (!simple) break;
      return `(${R}.extend(${items}), len(${arr}))[1]`;
    }
    case "pop":
      if (isNonEmptyRemoval(call, ctx.inRangeReads)) return `${R}.pop()`;
      if (!simple) break;
      return `${R}.pop() if ${arr} else None`;
    case "shift":
      if (isNonEmptyRemoval(call, ctx.inRangeReads)) return `${R}.pop(0)`;
      if (!simple) break;
      return `${R}.pop(0) if ${arr} else None`;
    case "unshift":
      if (stmt && a.length === 1 && !Node.isSpreadElement(a[0]!)) return `${R}.insert(0, ${A()[0]})`;
      if (stmt) return `${R}[0:0] = ${listOf(ctx, a)}`;
      return h("unshift");
    case "entries": return `[[_i, _x] for _i, _x in enumerate(${arr})]`;
    case "keys": return `list(range(len(${arr})))`;
    case "values": return `list(${arr})`;
    case "flatMap": {
      const fn = callbackFn(ctx, a[0]!, 2, arr);
      return `${ctx.helper("flat")}([${callWith(fn, ["_x", "_i"])} for _i, _x in enumerate(${arr})])`;
    }
    case "reduceRight": {
      const fn = callback(ctx, a[0]!, 3, arr);
      return `${ctx.helper("reduce_right")}(${[arr, fn, ...(a[1] ? [lowerExpr(ctx, a[1])] : [])].join(", ")})`;
    }
    case "splice": return h("splice");
    case "slice":
      if (a.length === 0) return `${R}[:]`;
      if (a.every((x) => isIntLiteral(x))) return `${R}[${A().join(":")}${a.length === 1 ? ":" : ""}]`;
      return h("slice");
    case "indexOf":
      return h("index_of");
    case "lastIndexOf":
      return h("last_index_of");
    case "includes":
      if (a.length === 1 && elementKind === "string") return `${paren(lowerExpr(ctx, a[0]!))} in ${R}`;
      return h("includes");
    case "join":
      if (elementKind === "string" && a.length === 0) return `",".join(${arr})`;
      if (elementKind === "string" && kindOfNode(a[0]!) === "string") return `${paren(lowerExpr(ctx, a[0]!))}.join(${arr})`;
      return h("join");
    case "concat": {
      const parts = [arr, ...a.map((x) => (kindWithoutNullish(x.getType()) === "array" ? `list(${lowerExpr(ctx, x)})` : `[${lowerExpr(ctx, x)}]`))];
      if (a.length === 0) return `${R}[:]`;
      return parts.map(paren).join(" + ");
    }
    case "reverse":
      if (stmt) return `${R}.reverse()`;
      return h("reverse");
    case "fill": return h("fill");
    case "flat": return h("flat");
    case "at": return h("at");
    case "sort":
      if (a.length === 0) return `${ctx.helper("sort")}(${arr})`;
      {
        // (a, b) => a - b / b - a on a number[]: sort_num (Python's sort when every element is an int).
        const fn = skipParens(a[0]!);
        if (Node.isArrowFunction(fn) && fn.getParameters().length === 2 && kindOf(fn.getParameters()[0]!.getType()) === "number" && kindOf(fn.getParameters()[1]!.getType()) === "number") {
          const [p, q] = fn.getParameters().map((x) => x.getName());
          let body: Node = fn.getBody();
          if (Node.isBlock(body)) {
            const st = body.getStatements();
            body = st.length === 1 && Node.isReturnStatement(st[0]!) && st[0].getExpression() ? st[0].getExpression()! : body;
          }
          body = skipParens(body);
          if (Node.isBinaryExpression(body) && body.getOperatorToken().getKind() === ts.SyntaxKind.MinusToken) {
            const l = skipParens(body.getLeft()).getText();
            const r = skipParens(body.getRight()).getText();
            if (l === p && r === q) return `${ctx.helper("sort_num")}(${arr}, False)`;
            if (l === q && r === p) return `${ctx.helper("sort_num")}(${arr}, True)`;
          }
        }
      }
      {
        // Field-by-field comparators: a sort by a key tuple, checked at run time (sort-keys.ts).
        const terms = sortKeyTerms(a[0]!);
        if (terms) {
          const fields = terms.map((t) => lowerPropertyOf(ctx, t.prop, t.prop.getExpression(), "_v", t.prop.getName()));
          const tuple = (xs: string[]) => `(${xs.join(", ")}${xs.length === 1 ? "," : ""})`;
          return `${ctx.helper("sort_keyed")}(${arr}, (lambda _v: ${tuple(fields)}), ${tuple(terms.map((t) => String(t.sign)))}, ${callback(ctx, a[0]!, 2, arr)})`;
        }
      }
      return `${ctx.helper(nullability(a[0]!.getType()).undef ? "sort" : "sort_by")}(${arr}, ${callback(ctx, a[0]!, 2, arr)})`;
    case "map": {
      const inl = inlineArrow(ctx, a[0]!, 2);
      const filtered = filterComprehensions.get(skipParens(target));
      // `xs.filter(p).map(f)` with inert bodies and one parameter each: one comprehension (running
      // p and f interleaved is the same when neither can run code or change anything).
      if (inl && filtered && filtered.code === arr && inl.params.length === 1 && isInert(inl.bodyNode) && isInert(filtered.body)) {
        const bind = inl.params[0] === filtered.param ? "" : ` for ${inl.params[0]} in (${filtered.param},)`;
        return `[${inl.body} ${filtered.head} if ${filtered.cond}${bind}]`;
      }
      if (inl) return `[${inl.body} ${comprehensionHead(inl.params, arr)}]`;
      const fn = callbackFn(ctx, a[0]!, 2, arr);
      return fn.count < 2 ? `[${callWith(fn, ["_x"])} for _x in ${arr}]` : `[${callWith(fn, ["_x", "_i"])} for _i, _x in enumerate(${arr})]`;
    }
    case "filter": {
      const inl = inlineArrow(ctx, a[0]!, 2);
      if (inl && inl.params.length >= 1) {
        const head = comprehensionHead(inl.params, arr);
        const cond = truthyOf(ctx, inl.body, inl.bodyNode.getType());
        const code = `[${inl.params[0]} ${head} if ${cond}]`;
        if (inl.params.length === 1) filterComprehensions.set(call, { code, param: inl.params[0]!, head, cond, body: inl.bodyNode });
        return code;
      }
      const fn = callbackFn(ctx, a[0]!, 2, arr);
      const ret = skipParens(a[0]!).getType().getCallSignatures()[0]?.getReturnType();
      const callCode = callWith(fn, ["_x", "_i"]);
      const test = ret ? truthyOf(ctx, callCode, ret) : `${ctx.helper("truthy")}(${callCode})`;
      return fn.count < 2 ? `[_x for _x in ${arr} if ${test}]` : `[_x for _i, _x in enumerate(${arr}) if ${test}]`;
    }
    case "forEach": {
      if (stmt) {
        const inl = inlineArrow(ctx, a[0]!, 2);
        if (inl) return `for ${inl.params.length <= 1 ? inl.params[0] ?? "_x" : `${inl.params[1]}, ${inl.params[0]}`} in ${inl.params.length <= 1 ? arr : `enumerate(${arr})`}: ${inl.body}`;
        const fn = callbackFn(ctx, a[0]!, 2, arr);
        return fn.count < 2 ? `for _x in ${arr}: ${callWith(fn, ["_x"])}` : `for _i, _x in enumerate(${arr}): ${callWith(fn, ["_x", "_i"])}`;
      }
      const fn = callbackFn(ctx, a[0]!, 2, arr);
      return `([${callWith(fn, ["_x", "_i"])} for _i, _x in enumerate(${arr})], None)[1]`;
    }
    case "reduce": {
      if (a.length < 2) return `${ctx.helper("reduce")}(${arr}, ${callback(ctx, a[0]!, 3, arr)})`;
      return `${ctx.helper("reduce")}(${arr}, ${callback(ctx, a[0]!, 3, arr)}, ${lowerExpr(ctx, a[1]!)})`;
    }
    case "find": return `${ctx.helper("find")}(${arr}, ${callback(ctx, a[0]!, 2, arr)})`;
    case "findIndex": return `${ctx.helper("find_index")}(${arr}, ${callback(ctx, a[0]!, 2, arr)})`;
    case "some": return `${ctx.helper("some")}(${arr}, ${callback(ctx, a[0]!, 2, arr)})`;
    case "every": return `${ctx.helper("every")}(${arr}, ${callback(ctx, a[0]!, 2, arr)})`;
    case "toString": return `${ctx.helper("join")}(${arr})`;
  }
  return ctx.refuse("unsupportedMethod", call, "arrays", name);
}

export function lowerNew(ctx: LowerContext, node: NewExpression): string {
  const callee = node.getExpression();
  const g = globalName(callee);
  const a = node.getArguments();
  const A = () => args(ctx, node);
  if (g) {
    switch (g) {
      case "Error":
      case "TypeError":
      case "RangeError":
      case "SyntaxError":
        return `${ctx.helper(g === "SyntaxError" ? "SyntaxError_" : g)}(${a[0] ? lowerExpr(ctx, a[0]) : ""})`;
      case "Map":
      case "Set": {
        if (a.length === 0) return `${ctx.helper(g)}()`;
        const k = kindWithoutNullish(a[0]!.getType());
        if (!["array", "map", "set", "string"].includes(k)) ctx.refuse("unsupportedCall", node, `new ${g} from this value`);
        const src = k === "map" ? `${paren(lowerExpr(ctx, a[0]!))}.entries()` : codePointIterable(ctx, a[0]!, lowerExpr(ctx, a[0]!));
        return `${ctx.helper(g)}(${src})`;
      }
      case "Array":
        if (a.length === 1 && kindOfNode(a[0]!) === "number") return `${ctx.helper("new_array")}(${lowerExpr(ctx, a[0]!)})`;
        return `[${A().join(", ")}]`;
      case "Uint8Array":
        if (a.length === 0) return "bytearray()";
        if (isByteValues(a[0]!)) return `bytearray(${lowerExpr(ctx, a[0]!)})`;
        return `${ctx.helper("new_bytes")}(${lowerExpr(ctx, a[0]!)})`;
      case "TextEncoder":
      case "TextDecoder":
        return `${ctx.helper(g)}()`;
      case "Promise":
        return `${ctx.helper("Promise")}(${A().join(", ")})`;
      case "RegExp":
        return lowerNewRegExp(ctx, node);
      case "Date":
        return ctx.refuse("unsupportedGlobal", node, g);
      case "Proxy":
        return ctx.refuse("proxy", node, g);
      default:
        return ctx.refuse("unsupportedGlobal", node, g);
    }
  }
  const { undef } = nullability(callee.getType());
  void undef;
  return `${paren(lowerExpr(ctx, callee))}(${A().join(", ")})`;
}

/**
 * `Math.min(c, e)` / `Math.max(c, e)` (either order) with `c` an int literal and `e` an arithmetic
 * result or Math call (a number at run time, never undefined): one comparison,
 * `(c if e > c else e)` for min and `(c if e <= c else e)` for max. A NaN `e` fails both tests and
 * is returned, as in JavaScript; `Math.max(0, -0)` is 0 and `Math.min(0, -0)` is -0 by the choice
 * of `<=` and `>`.
 */
function clampCode(ctx: LowerContext, name: "min" | "max", first: Node, second: Node): string | undefined {
  const isIntLiteral = (n: Node) => {
    const x = skipParens(n);
    return literalValue(Node.isPrefixUnaryExpression(x) && x.getOperatorToken() === SK.MinusToken ? x.getOperand() : x) !== undefined;
  };
  const [c, e] = isIntLiteral(first) ? [first, second] : isIntLiteral(second) ? [second, first] : [];
  if (!c || !e || !isNumberResult(e)) return undefined;
  const bound = lowerExpr(ctx, c);
  const code = lowerExpr(ctx, e);
  const plain = /^[A-Za-z_]\w*$/.test(code);
  const v = plain ? code : ctx.tmp();
  const test = plain ? code : `(${v} := ${code})`;
  return `(${bound} if ${test} ${name === "min" ? ">" : "<="} ${bound} else ${v})`;
}

/** An expression whose Python value is always an int or float: arithmetic on numbers or a Math call. */
function isNumberResult(n: Node): boolean {
  const x = skipParens(n);
  if (Node.isBinaryExpression(x)) {
    const op = x.getOperatorToken().getKind();
    return [SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken, SK.AsteriskAsteriskToken].includes(op) &&
      kindOfNode(x.getLeft()) === "number" && kindOfNode(x.getRight()) === "number";
  }
  if (Node.isPrefixUnaryExpression(x)) return x.getOperatorToken() === SK.MinusToken && kindOfNode(x.getOperand()) === "number";
  return mathMethodOf(x) !== undefined;
}
