/**
 * Strings proven ASCII at build time, for which Python's `str.upper()` / `str.lower()` equal
 * JavaScript's `toUpperCase()` / `toLowerCase()` (the full Unicode case maps, tsmp_casemap, are
 * then not shipped).
 *
 * Proven ASCII: string literals and templates with ASCII text and ASCII parts, `+` of ASCII strings
 * and numbers or booleans (JavaScript prints every number in ASCII), String(x) / x.toString(radix?) of a proven int, in-bounds reads of a
 * never-changing const array of ASCII literals, `c ? x : y` of ASCII strings, a `const` initialised
 * with one of these, and toUpperCase / toLowerCase / trim / slice / substring of an ASCII string.
 */
import { Node, ts } from "ts-morph";
import { fixedLengthOf, inBoundsRead, rangeOf } from "./fast-paths.ts";
import { literalSetOf } from "./literal-sets.ts";
import { kindOf } from "./types.ts";
import { isLibGlobal, unwrap } from "./references.ts";

const SK = ts.SyntaxKind;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_PRESERVING = new Set(["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd", "slice", "substring"]);



/** A part of `+` or a template: ASCII text, or a number or boolean (JavaScript prints any of them in ASCII). */
function isAsciiPart(n: Node, inRange: ReadonlySet<Node>, depth: number): boolean {
  return isAsciiString(n, inRange, depth) || ["number", "boolean"].includes(kindOf(n.getType()));
}

export function isAsciiString(node: Node, inRange: ReadonlySet<Node>, depth = 0): boolean {
  if (depth > 8) return false;
  const d = depth + 1;
  const n = unwrap(node);
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return ASCII.test(n.getLiteralText());
  if (Node.isTemplateExpression(n)) {
    return ASCII.test(n.getHead().getLiteralText()) &&
      n.getTemplateSpans().every((s) => ASCII.test(s.getLiteral().getLiteralText()) && isAsciiPart(s.getExpression(), inRange, d));
  }
  if (Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SK.PlusToken) {
    if (kindOf(n.getType()) !== "string") return false;
    return isAsciiPart(n.getLeft(), inRange, d) && isAsciiPart(n.getRight(), inRange, d);
  }
  if (Node.isConditionalExpression(n)) return isAsciiString(n.getWhenTrue(), inRange, d) && isAsciiString(n.getWhenFalse(), inRange, d);
  if (Node.isCallExpression(n)) {
    const callee = n.getExpression();
    const args = n.getArguments();
    if (isLibGlobal(callee, "String")) return args.length === 1 && kindOf(args[0]!.getType()) === "number" && !!rangeOf(args[0]!, inRange);
    if (!Node.isPropertyAccessExpression(callee) || callee.getQuestionDotTokenNode()) return false;
    const recv = callee.getExpression();
    if (callee.getName() === "toString" && args.length <= 1 && kindOf(recv.getType()) === "number") return !!rangeOf(recv, inRange);
    return ASCII_PRESERVING.has(callee.getName()) && kindOf(recv.getType()) === "string" && isAsciiString(recv, inRange, d);
  }
  if (Node.isElementAccessExpression(n)) {
    const arr = n.getExpression();
    if (n.getQuestionDotTokenNode() || !Node.isIdentifier(arr) || fixedLengthOf(arr) === undefined || !inBoundsRead(n, inRange)) return false;
    const decl = arr.getSymbol()?.getDeclarations()[0];
    const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    const lit = init && unwrap(init);
    return !!lit && Node.isArrayLiteralExpression(lit) && lit.getElements().every((e) => {
      const x = unwrap(e);
      return (Node.isStringLiteral(x) || Node.isNoSubstitutionTemplateLiteral(x)) && ASCII.test(x.getLiteralText());
    });
  }
  if (Node.isIdentifier(n)) {
    const decls = n.getSymbol()?.getDeclarations() ?? [];
    const decl = decls[0];
    if (decls.length === 1 && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode())) {
      const list = decl.getParent();
      const init = decl.getInitializer();
      if (Node.isVariableDeclarationList(list) && list.getFlags() & ts.NodeFlags.Const && init && isAsciiString(init, inRange, d)) return true;
    }
  }
  // One of a proven set of ASCII strings (literal-sets.ts: a `let state` written only with literals, …).
  if (Node.isIdentifier(n) || Node.isCallExpression(n)) {
    const set = literalSetOf(n, inRange);
    return !!set && [...set].every((v) => ASCII.test(v));
  }
  return false;
}
