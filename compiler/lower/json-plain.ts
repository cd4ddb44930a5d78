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
import { isExportedVariable, isLibGlobal, referencedSymbol, unwrap } from "./references.ts";
import { pyString } from "./context.ts";

const SK = ts.SyntaxKind;
const PLAIN_TEXT = /^[ !#-[\]-~]*$/;
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;
const BOOL_OPERATORS = new Set<ts.SyntaxKind>([
  SK.EqualsEqualsEqualsToken, SK.ExclamationEqualsEqualsToken, SK.EqualsEqualsToken, SK.ExclamationEqualsToken,
  SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken,
]);


function isPlainString(n: Node): boolean {
  return (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) && PLAIN_TEXT.test(n.getLiteralText());
}

/** The const array literal behind `a` when every element is a plain string or int literal. */
function plainLiteralArray(a: Node): boolean {
  if (!Node.isIdentifier(a) || fixedLengthOf(a) === undefined) return false;
  const decl = a.getSymbol()?.getDeclarations()[0];
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const lit = init && unwrap(init);
  return !!lit && Node.isArrayLiteralExpression(lit) && lit.getElements().every((e) => isPlainString(unwrap(e)) || !!rangeOf(e));
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
  const n = unwrap(node);
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
  return isLibGlobal(callee.getExpression(), "JSON");
}

/**
 * A `const x = <object or array literal>` whose every use is `JSON.stringify(x)`, with a plain
 * literal: nothing can observe x but its JSON text, so x may hold that text (jsonTextCode).
 */
export function isJsonOnlyConst(decl: Node, inRange: ReadonlySet<Node>): boolean {
  if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return false;
  const sym = decl.getNameNode().getSymbol();
  const list = decl.getParent();
  const init = decl.getInitializer();
  if (!sym || sym.getDeclarations().length !== 1 || !Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || !init || isExportedVariable(decl)) return false;
  const lit = unwrap(init);
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

/** The const behind `JSON.stringify(x)` when it is json-only (isJsonOnlyConst), else undefined. */
export function jsonOnlyConstOf(call: Node, inRange: ReadonlySet<Node>): Node | undefined {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1) return undefined;
  const v = unwrap(call.getArguments()[0]!);
  const decls = Node.isIdentifier(v) ? v.getSymbol()?.getDeclarations() ?? [] : [];
  return decls.length === 1 && isJsonOnlyConst(decls[0]!, inRange) ? decls[0] : undefined;
}

/** Whether the one argument of this `JSON.stringify(…)` call is proven plain (see the file comment). */
export function stringifiesPlain(call: Node, inRange: ReadonlySet<Node>): boolean {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1) return false;
  const v = unwrap(call.getArguments()[0]!);
  return Node.isIdentifier(v) ? !!jsonOnlyConstOf(call, inRange) : isPlainValue(v, inRange);
}

/** JSON text pieces of a plain value: literal text, or `{}` with the Python code of a value. */
type Piece = { text: string } | { code: string };

/**
 * The JSON text of a plain value as Python: a string literal, or one `"…{}…".format(…)` whose
 * arguments are the value's run-time parts (ints, "true"/"false", strings of a literal array).
 * Undefined when a part has no direct text form (the caller then uses json.dumps).
 */
export function jsonTextCode(node: Node, inRange: ReadonlySet<Node>, lower: (n: Node) => string): string | undefined {
  const pieces: Piece[] = [];
  const add = (node: Node): boolean => {
    const n = unwrap(node);
    if (n.getKind() === SK.TrueKeyword || n.getKind() === SK.FalseKeyword) return !!pieces.push({ text: n.getText() });
    if (isPlainString(n)) return !!pieces.push({ text: `"${(n as Node & { getLiteralText(): string }).getLiteralText()}"` });
    if ((Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SK.ExclamationToken) || (Node.isBinaryExpression(n) && BOOL_OPERATORS.has(n.getOperatorToken().getKind()))) {
      return !!pieces.push({ code: `"true" if ${lower(n)} else "false"` });
    }
    if (Node.isArrayLiteralExpression(n)) {
      pieces.push({ text: "[" });
      for (const [i, e] of n.getElements().entries()) {
        if (i) pieces.push({ text: "," });
        if (!add(e)) return false;
      }
      return !!pieces.push({ text: "]" });
    }
    if (Node.isObjectLiteralExpression(n)) {
      pieces.push({ text: "{" });
      for (const [i, p] of n.getProperties().entries()) {
        if (i) pieces.push({ text: "," });
        if (Node.isShorthandPropertyAssignment(p)) {
          pieces.push({ text: `"${p.getName()}":`, }, { code: lower(p.getNameNode()) });
          continue;
        }
        if (!Node.isPropertyAssignment(p)) return false;
        const name = p.getNameNode();
        pieces.push({ text: `"${Node.isStringLiteral(name) ? name.getLiteralText() : name.getText()}":` });
        if (!add(p.getInitializerOrThrow())) return false;
      }
      return !!pieces.push({ text: "}" });
    }
    if (Node.isConditionalExpression(n)) {
      const a = jsonTextCode(n.getWhenTrue(), inRange, lower);
      const b = jsonTextCode(n.getWhenFalse(), inRange, lower);
      return !!a && !!b && !!pieces.push({ code: `${a} if ${lower(n.getCondition())} else ${b}` });
    }
    if (Node.isElementAccessExpression(n)) {
      // An element of a const array of plain string literals (ints are proven and handled below).
      const arr = n.getExpression();
      const decl = arr.getSymbol()?.getDeclarations()[0];
      const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
      const lit = init && unwrap(init);
      if (lit && Node.isArrayLiteralExpression(lit) && lit.getElements().every((e) => isPlainString(unwrap(e)))) {
        pieces.push({ text: '"' }, { code: lower(n) });
        return !!pieces.push({ text: '"' });
      }
    }
    const r = rangeOf(n, inRange);
    if (r && r.lo === r.hi) return !!pieces.push({ text: String(r.lo) }); // a literal int
    if (r) return !!pieces.push({ code: lower(n) });
    return false;
  };
  if (!isPlainValue(node, inRange) || !add(node)) return undefined;
  const codes = pieces.filter((p): p is { code: string } => "code" in p).map((p) => (/^[\w.]+$/.test(p.code) ? p.code : `(${p.code})`));
  const text = pieces.map((p) => ("text" in p ? p.text : "\u0000")).join("");
  if (!codes.length) return pyString(text);
  return `${pyString(text.replace(/[{}]/g, (c) => c + c).replace(/\u0000/g, "{}"))}.format(${codes.join(", ")})`;
}

/**
 * Whether the json-only const `decl` holds its JSON text instead of the object: its literal has a
 * direct text form (checked without lowering anything).
 */
export function constHoldsJsonText(decl: Node, inRange: ReadonlySet<Node>): boolean {
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return !!init && isJsonOnlyConst(decl, inRange) && jsonTextCode(init, inRange, () => "_") !== undefined;
}
