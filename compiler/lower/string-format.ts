/**
 * String building as one `str.format` call: `a.toUpperCase() + ";" + String(i).padStart(5, "0") + ";" + n`
 * and templates like `${base}/moisture/${i}` become `"{};{:0>5};{}".format(a.upper(), i, n)`, one
 * allocation instead of one per `+` (less heap churn on a board).
 *
 * Only when every part is certainly text of the right form, so that `{}` prints what JavaScript's
 * concatenation prints: string literals (inlined into the format, braces doubled), proven ints
 * (their digits), `String(x).padStart(w, c)` / `padEnd` of a proven int with a literal width and a
 * one-character ASCII fill (the alignment spec, as the padStart fast path), strings proven ASCII,
 * and results of string methods that always return a string. Anything else (a string-typed value
 * that may be undefined at run time, a float, an object) keeps the plain lowering. Three parts at least.
 */
import { Node, ts } from "ts-morph";
import { pyString, type LowerContext } from "./context.ts";
import { isAsciiString } from "./ascii-strings.ts";
import { rangeOf } from "./fast-paths.ts";
import { kindOf } from "./types.ts";
import { isLibGlobal, unwrap } from "./references.ts";

const SK = ts.SyntaxKind;
const STRING_RESULT = new Set(["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd", "slice", "substring", "padStart", "padEnd", "repeat", "replace", "replaceAll", "charAt", "concat"]);

type Part = { text: string } | { spec: string; value: Node };



/** `String(x)` or `x.toString()` of a proven int: x. */
function intDigitsOf(n: Node, inRange: ReadonlySet<Node>): Node | undefined {
  const x = unwrap(n);
  if (!Node.isCallExpression(x)) return undefined;
  const f = x.getExpression();
  const args = x.getArguments();
  if (isLibGlobal(f, "String") && args.length === 1 && kindOf(args[0]!.getType()) === "number" && rangeOf(args[0]!, inRange)) return args[0];
  if (Node.isPropertyAccessExpression(f) && f.getName() === "toString" && args.length === 0 && kindOf(f.getExpression().getType()) === "number" && rangeOf(f.getExpression(), inRange)) return f.getExpression();
  return undefined;
}

/**
 * `String(x).padStart(w, c)` / `padEnd` (or `x.toString()…`) of a proven int, with a literal width
 * 1..1000 and a one-character ASCII fill: the digits are ASCII (one UTF-16 unit each), so str.format's
 * alignment spec (`:c>w`, `:c<w`) pads them exactly as JavaScript does. The spec and x, or undefined.
 */
export function padSpec(call: Node, inRange: ReadonlySet<Node>): { spec: string; value: Node } | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getQuestionDotTokenNode() || (callee.getName() !== "padStart" && callee.getName() !== "padEnd")) return undefined;
  const args = call.getArguments();
  const digits = intDigitsOf(callee.getExpression(), inRange);
  const width = args[0] && Node.isNumericLiteral(unwrap(args[0])) ? Number(unwrap(args[0]).getText()) : NaN;
  const fillNode = args[1] && unwrap(args[1]);
  const fill = args.length === 1 ? " " : fillNode && Node.isStringLiteral(fillNode) ? fillNode.getLiteralValue() : "";
  if (!digits || args.length > 2 || !/^[ -z|~]$/.test(fill) || !Number.isInteger(width) || width < 1 || width > 1000) return undefined;
  return { spec: `:${fill}${callee.getName() === "padStart" ? ">" : "<"}${width}`, value: digits };
}

function partOf(n: Node, inRange: ReadonlySet<Node>): Part | undefined {
  const x = unwrap(n);
  if (Node.isStringLiteral(x)) return { text: x.getLiteralValue() };
  if (Node.isNoSubstitutionTemplateLiteral(x)) return { text: x.getLiteralText() };
  const kind = kindOf(x.getType());
  if (kind === "number") return rangeOf(x, inRange) ? { spec: "", value: x } : undefined;
  if (kind !== "string") return undefined;
  if (Node.isCallExpression(x)) {
    const callee = x.getExpression();
    const padded = padSpec(x, inRange);
    if (padded) return padded;
    const digits = intDigitsOf(x, inRange);
    if (digits) return { spec: "", value: digits };
    if (isLibGlobal(callee, "String") && stringOfIsText(x, inRange)) return { spec: "", value: x };
    if (Node.isPropertyAccessExpression(callee) && !callee.getQuestionDotTokenNode() && STRING_RESULT.has(callee.getName()) && kindOf(callee.getExpression().getType()) === "string") return { spec: "", value: x };
  }
  return isAsciiString(x, inRange) ? { spec: "", value: x } : undefined;
}

/**
 * Whether `String(v)` lowers to a str: for a `v` typed string it lowers to v itself, which may be
 * undefined at run time, so only when v is certain text; other kinds go through str()/js_str.
 */
function stringOfIsText(call: import("ts-morph").CallExpression, inRange: ReadonlySet<Node>): boolean {
  const args = call.getArguments();
  return args.length === 1 && (kindOf(args[0]!.getType()) !== "string" || isCertainText(args[0]!, inRange));
}

/** The parts of a string `+` chain or template, or undefined when one is not certainly text. */
function partsOf(node: Node, inRange: ReadonlySet<Node>): Part[] | undefined {
  const out: Part[] = [];
  const add = (n: Node): boolean => {
    const x = unwrap(n);
    if (Node.isBinaryExpression(x) && x.getOperatorToken().getKind() === SK.PlusToken && kindOf(x.getType()) === "string") return add(x.getLeft()) && add(x.getRight());
    const p = partOf(x, inRange);
    if (p) out.push(p);
    return !!p;
  };
  if (Node.isTemplateExpression(node)) {
    out.push({ text: node.getHead().getLiteralText() });
    for (const span of node.getTemplateSpans()) {
      const p = partOf(span.getExpression(), inRange);
      if (!p) return undefined;
      out.push(p, { text: span.getLiteral().getLiteralText() });
    }
  } else if (!add(node)) return undefined;
  return out;
}

/** `"…{}…".format(…)` for the string concatenation or template `node`, or undefined (see the file comment). */
export function formatConcat(ctx: LowerContext, node: Node, lower: (n: Node) => string): string | undefined {
  if (kindOf(node.getType()) !== "string") return undefined;
  const parts = partsOf(node, ctx.inRangeReads);
  if (!parts) return undefined;
  const values = parts.filter((p): p is { spec: string; value: Node } => "value" in p);
  if (parts.filter((p) => !("text" in p) || p.text !== "").length < 3 || values.length === 0) return undefined;
  const fmt = parts.map((p) => ("text" in p ? p.text.replace(/[{}]/g, (c) => c + c) : `{${p.spec}}`)).join("");
  return `${pyString(fmt)}.format(${values.map((v) => lower(v.value)).join(", ")})`;
}

/**
 * Whether a string-typed expression is certainly a str at run time (never undefined, which a value
 * typed `string` can still be after an out-of-range read or a `!`): literals and templates, `+`
 * (Python's `+` raises rather than pass undefined on), `?:` of such, String(x), `join`, number text
 * and the string methods that always return a string, and strings proven ASCII. (`${s}` alone lowers
 * to s itself, so a template counts only with some literal text.)
 */
export function isCertainText(node: Node, inRange: ReadonlySet<Node>): boolean {
  const x = unwrap(node);
  if (kindOf(x.getType()) !== "string") return false;
  if (Node.isStringLiteral(x) || Node.isNoSubstitutionTemplateLiteral(x)) return true;
  // A template with literal text is a `+` chain (or one format); `${s}` alone is just s.
  if (Node.isTemplateExpression(x)) return x.getHead().getLiteralText() !== "" || x.getTemplateSpans().some((t) => t.getLiteral().getLiteralText() !== "");
  if (Node.isBinaryExpression(x)) return x.getOperatorToken().getKind() === SK.PlusToken;
  if (Node.isConditionalExpression(x)) return isCertainText(x.getWhenTrue(), inRange) && isCertainText(x.getWhenFalse(), inRange);
  if (Node.isCallExpression(x)) {
    const callee = x.getExpression();
    if (isLibGlobal(callee, "String")) return stringOfIsText(x, inRange);
    if (Node.isPropertyAccessExpression(callee) && !callee.getQuestionDotTokenNode()) {
      const recv = kindOf(callee.getExpression().getType());
      const name = callee.getName();
      if (recv === "string" && STRING_RESULT.has(name)) return true;
      if (recv === "array" && name === "join") return true;
      if (recv === "number" && ["toString", "toFixed", "toPrecision", "toExponential"].includes(name)) return true;
    }
  }
  return isAsciiString(x, inRange);
}
