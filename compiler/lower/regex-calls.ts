/**
 * Regular expressions in compiled code: `/…/flags` literals and `new RegExp("…", "…")` become
 * `RegExp(source, flags, groups, pattern)` objects from runtime-py/tsmp_regex.py (the pattern is
 * translated at compile time by regex.ts, its compiled form cached by the runtime); RegExp methods
 * and properties, match arrays, and the String methods that take a RegExp.
 */
import { Node, type CallExpression, type NewExpression } from "ts-morph";
import { LowerContext, Refusal, pyString, attr } from "./context.ts";
import { lowerExpr, skipParens } from "./expressions.ts";
import { kindOfNode } from "./types.ts";
import { callbackFn } from "./builtins.ts";
import { translateRegex, regexSource, type RegexTranslation } from "./regex.ts";

/** A Python bytes literal for a pattern held one char per byte. */
function pyBytes(s: string): string {
  let out = 'b"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "\\" || ch === '"') out += "\\" + ch;
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + '"';
}

/** The translation of a pattern, or a refusal located at `node` (+ `column` when inside a literal). */
function translate(ctx: LowerContext, node: Node, pattern: string, flags: string, offsetBase: number | undefined): RegexTranslation {
  const t = translateRegex(pattern, flags);
  if (t.ok) return t;
  const d = ctx.diagnostic("regex", node, t.feature, t.hint);
  if (offsetBase !== undefined) d.column += t.offset >= 0 ? offsetBase + t.offset : offsetBase + pattern.length + 1;
  throw new Refusal(d);
}

function construct(ctx: LowerContext, source: string, t: RegexTranslation): string {
  const args = [pyString(source), pyString(t.flags)];
  const py = t.bytes ? pyBytes(t.python) : pyString(t.python);
  const samePattern = !t.bytes && t.python === source;
  if (t.groups > 0 || !samePattern) args.push(String(t.groups));
  if (!samePattern) args.push(py);
  return `${ctx.helper("RegExp")}(${args.join(", ")})`;
}

/** `/pattern/flags` */
export function lowerRegexLiteral(ctx: LowerContext, node: Node): string {
  const text = node.getText();
  const slash = text.lastIndexOf("/");
  const pattern = text.slice(1, slash);
  const flags = text.slice(slash + 1);
  return construct(ctx, pattern, translate(ctx, node, pattern, flags, 1));
}

function literalString(node: Node | undefined): string | undefined {
  const n = node && skipParens(node);
  if (n && (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n))) return n.getLiteralValue();
  return undefined;
}

/** `new RegExp("pattern", "flags")` with string literals. */
export function lowerNewRegExp(ctx: LowerContext, node: NewExpression): string {
  const a = node.getArguments();
  const pattern = literalString(a[0]);
  const flags = a.length > 1 ? literalString(a[1]) : "";
  if (pattern === undefined || flags === undefined || a.length > 2) {
    return ctx.refuse("regex", a[0] ?? node, "a RegExp built from a computed string", "write the pattern as a /literal/ or new RegExp(\"…\", \"g\") with string literals, so it can be checked and translated when compiling");
  }
  return construct(ctx, regexSource(pattern), translate(ctx, a[0]!, pattern, flags, undefined));
}

/** A string used where JavaScript converts it to a RegExp (`s.search("a.c")`, `s.match("x")`). */
function stringAsRegExp(ctx: LowerContext, node: Node, flags: string): string {
  const pattern = literalString(node);
  if (pattern === undefined) return ctx.refuse("regex", node, "a pattern from a computed string", "pass a /literal/ regular expression, or use indexOf/includes for plain text");
  return construct(ctx, regexSource(pattern), translate(ctx, node, pattern, flags, undefined));
}

export function isRegExpNode(node: Node | undefined): boolean {
  return !!node && kindOfNode(node) === "regexp";
}

/** Methods of a RegExp value. */
export function lowerRegExpMethod(ctx: LowerContext, call: CallExpression, obj: string, name: string): string {
  const a = call.getArguments();
  const O = obj;
  switch (name) {
    case "test":
    case "exec":
      if (a.length === 1) return `${O}.${name}(${lowerExpr(ctx, a[0]!)})`;
      break;
    case "toString":
      return `${O}.toString()`;
  }
  return ctx.refuse("unsupportedMethod", call, "RegExp", name);
}

const REGEXP_PROPERTIES = new Set(["source", "flags", "global", "ignoreCase", "dotAll", "lastIndex"]);

/** Properties of a RegExp and of match arrays (`m.index`, `m.input`, `m.groups`); undefined if not ours. */
export function lowerRegexProperty(ctx: LowerContext, node: Node, target: Node, obj: string, name: string): string | undefined {
  const kind = kindOfNode(target);
  if (kind === "regexp") {
    if (REGEXP_PROPERTIES.has(name)) return `${obj}.${attr(name)}`;
    return ctx.refuse("unsupportedProperty", node, "RegExp", name);
  }
  const sym = target.getType().getNonNullableType().getSymbol()?.getName();
  if ((sym === "RegExpMatchArray" || sym === "RegExpExecArray") && (name === "index" || name === "input" || name === "groups")) return `${obj}.${name}`;
  return undefined;
}

/** Whether `s.matchAll(…)` is consumed at once (for…of, Array.from, spread), where a list is exact. */
function consumedAtOnce(call: CallExpression): boolean {
  let n: Node = call;
  while (n.getParent() && Node.isParenthesizedExpression(n.getParent()!)) n = n.getParent()!;
  const p = n.getParent();
  if (!p) return false;
  if (Node.isForOfStatement(p) && p.getExpression() === n) return true;
  if (Node.isSpreadElement(p)) return true;
  if (Node.isCallExpression(p) && p.getArguments()[0] === n && p.getExpression().getText() === "Array.from") return true;
  return false;
}

/** String methods taking a RegExp (or a string JavaScript turns into one); undefined if not ours. */
export function lowerRegexStringMethod(ctx: LowerContext, call: CallExpression, s: string, name: string): string | undefined {
  const a = call.getArguments();
  const first = a[0];
  const isRx = isRegExpNode(first);
  const rx = () => lowerExpr(ctx, first!);
  switch (name) {
    case "search":
      if (a.length !== 1) return undefined;
      return `${ctx.helper("re_search")}(${s}, ${isRx ? rx() : stringAsRegExp(ctx, first!, "")})`;
    case "match":
      if (a.length !== 1) return undefined;
      return `${ctx.helper("re_match")}(${s}, ${isRx ? rx() : stringAsRegExp(ctx, first!, "")})`;
    case "matchAll": {
      if (a.length !== 1) return undefined;
      if (!consumedAtOnce(call)) return ctx.refuse("unsupportedMethod", call, "strings", "matchAll outside for...of, Array.from(...) or [...spread]");
      return `${ctx.helper("re_match_all")}(${s}, ${isRx ? rx() : stringAsRegExp(ctx, first!, "g")})`;
    }
    case "split":
      if (!isRx) return undefined;
      return `${ctx.helper("re_split")}(${[s, rx(), ...a.slice(1).map((x) => lowerExpr(ctx, x))].join(", ")})`;
    case "replace":
    case "replaceAll": {
      if (!isRx || a.length !== 2) return undefined;
      const every = name === "replaceAll" ? ", True" : "";
      const r = rx();
      if (kindOfNode(a[1]!) === "string") return `${ctx.helper("re_replace")}(${s}, ${r}, ${lowerExpr(ctx, a[1]!)}${every ? ", -1" + every : ""})`;
      if (kindOfNode(a[1]!) !== "function") return undefined;
      const fn = callbackFn(ctx, a[1]!, 64);
      return `${ctx.helper("re_replace")}(${s}, ${r}, ${fn.code}, ${fn.count}${every})`;
    }
  }
  return undefined;
}
