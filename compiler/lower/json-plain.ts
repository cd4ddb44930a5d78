/**
 * `JSON.stringify(v)` proven at build time to print exactly what MicroPython's
 * `json.dumps(v, separators=(",", ":"))` prints, so the lowering can skip the run-time check
 * (tsmp_json.stringify walks the whole value before every call).
 *
 * Proven plain: a proven safe int (fast-paths.ts ranges), `true`/`false` or a comparison or `!`
 * (always a bool), a string literal of printable ASCII without `"` or `\` (the same text in both),
 * an in-bounds read of a never-changing const array of such literals, `c ? x : y` of plain values,
 * array literals of plain values, and object literals whose keys are plain names (never an array
 * index: JavaScript lists those first) with plain values. A const bound to such a literal counts
 * when every use of it is as the value of `JSON.stringify`, so nothing can change it in between.
 */
import { Node, ts } from "ts-morph";
import { fixedLengthOf, inBoundsRead, rangeOf, symbolRange } from "./fast-paths.ts";
import { referencedSymbol } from "./references.ts";

const SK = ts.SyntaxKind;
const PLAIN_TEXT = /^[ !#-[\]-~]*$/;
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;
const BOOL_OPERATORS = new Set<ts.SyntaxKind>([
  SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsEqualsToken, SK.EqualsEqualsToken, SK.ExclamationEqualsToken,
  SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken,
]);

function skip(n: Node): Node {
  let x = n;
  while (Node.isParenthesizedExpression(x) || Node.isAsExpression(x) || Node.isNonNullExpression(x) || Node.isSatisfiesExpression(x)) x = x.getExpression();
  return x;
}

function isPlainString(n: Node): boolean {
  return (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) && PLAIN_TEXT.test(n.getLiteralText());
}

/** The const array literal behind `a` when every element is a plain string or int literal. */
function plainLiteralArray(a: Node): boolean {
  if (!Node.isIdentifier(a) || fixedLengthOf(a) === undefined) return false;
  const decl = a.getSymbol()?.getDeclarations()[0];
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const lit = init && skip(init);
  return !!lit && Node.isArrayLiteralExpression(lit) && lit.getElements().every((e) => isPlainString(skip(e)) || !!rangeOf(e));
}

function isPlainObjectLiteral(n: Node, inRange: ReadonlySet<Node>): boolean {
  if (!Node.isObjectLiteralExpression(n)) return false;
  const seen = new Set<string>();
  for (const p of n.getProperties()) {
    let key: string;
    let value: Node;
    if (Node.isPropertyAssignment(p)) {
      const name = p.getNameNode();
      if (!Node.isIdentifier(name) && !Node.isStringLiteral(name)) return false;
      key = Node.isIdentifier(name) ? name.getText() : name.getLiteralText();
      value = p.getInitializerOrThrow();
    } else if (Node.isShorthandPropertyAssignment(p)) {
      // `{ x }`: plain when the variable x is a proven int.
      const sym = p.getValueSymbol();
      if (p.getObjectAssignmentInitializer() || !sym || !PLAIN_KEY.test(p.getName()) || seen.has(p.getName()) || !symbolRange(sym, inRange)) return false;
      seen.add(p.getName());
      continue;
    } else return false;
    if (!PLAIN_KEY.test(key) || seen.has(key) || !isPlainValue(value, inRange)) return false;
    seen.add(key);
  }
  return true;
}

export function isPlainValue(node: Node, inRange: ReadonlySet<Node>): boolean {
  const n = skip(node);
  if (n.getKind() === SK.TrueKeyword || n.getKind() === SK.FalseKeyword || isPlainString(n)) return true;
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SK.ExclamationToken) return true;
  if (Node.isBinaryExpression(n) && BOOL_OPERATORS.has(n.getOperatorToken().getKind())) return true;
  if (Node.isConditionalExpression(n)) return isPlainValue(n.getWhenTrue(), inRange) && isPlainValue(n.getWhenFalse(), inRange);
  if (Node.isArrayLiteralExpression(n)) return n.getElements().every((e) => !Node.isSpreadElement(e) && !Node.isOmittedExpression(e) && isPlainValue(e, inRange));
  if (Node.isObjectLiteralExpression(n)) return isPlainObjectLiteral(n, inRange);
  if (Node.isElementAccessExpression(n) && !n.getQuestionDotTokenNode() && plainLiteralArray(n.getExpression()) && inBoundsRead(n, inRange)) return true;
  return !!rangeOf(n, inRange);
}

/** Whether `call` is `JSON.stringify(value)` of the global JSON. */
function isStringifyOf(call: Node | undefined, value: Node): boolean {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1 || call.getArguments()[0] !== value) return false;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "stringify") return false;
  const obj = callee.getExpression();
  const decls = obj.getSymbol()?.getDeclarations() ?? [];
  return Node.isIdentifier(obj) && obj.getText() === "JSON" && decls.length > 0 && decls.every((d) => /\/lib\.[^/]*\.d\.ts$/.test(d.getSourceFile().getFilePath()));
}

/** Whether the one argument of this `JSON.stringify(…)` call is proven plain (see the file comment). */
export function stringifiesPlain(call: Node, inRange: ReadonlySet<Node>): boolean {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1) return false;
  const arg = call.getArguments()[0]!;
  const v = skip(arg);
  if (!Node.isIdentifier(v)) return isPlainValue(v, inRange);
  const sym = v.getSymbol();
  const decls = sym?.getDeclarations() ?? [];
  const decl = decls[0];
  if (!sym || decls.length !== 1 || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return false;
  const list = decl.getParent();
  const init = decl.getInitializer();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || !init) return false;
  const lit = skip(init);
  if (!Node.isObjectLiteralExpression(lit) && !Node.isArrayLiteralExpression(lit)) return false;
  let onlyStringified = true;
  decl.getSourceFile().forEachDescendant((n, traversal) => {
    if (!onlyStringified) return traversal.stop();
    if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
    let top: Node = n;
    while (Node.isParenthesizedExpression(top.getParent()) || Node.isAsExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
    if (!isStringifyOf(top.getParent(), top)) onlyStringified = false;
  });
  return onlyStringified && isPlainValue(lit, inRange);
}
