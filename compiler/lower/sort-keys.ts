/**
 * Comparators that compare fields in turn, `(a, b) => b.n - a.n || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)`:
 * recognised so the sort can run as MicroPython's sort by a key tuple (tsmp_array.sort_keyed),
 * which checks at run time that every numeric field is a safe int and every string field has no
 * code point from U+E000 up (then the comparator is a consistent lexicographic order and the key
 * sort, with the index as the last key for stability, gives exactly JavaScript's stable result);
 * anything else falls back to the exact merge sort with the comparator.
 *
 * Terms (joined by `||`): `a.f - b.f` (ascending) or `b.f - a.f` (descending) on a field typed
 * number; `a.f < b.f ? -1 : a.f > b.f ? 1 : 0` (or `>` first: `a.f > b.f ? 1 : a.f < b.f ? -1 : 0`)
 * on a field typed string, ascending. Fields are plain properties (never accessors, which could
 * run user code a different number of times), read with `.` and no `?.`.
 */
import { Node, ts, type PropertyAccessExpression } from "ts-morph";

const SK = ts.SyntaxKind;

export interface SortKeyTerm {
  /** `a.f` of the first parameter: the field read for the key. */
  prop: PropertyAccessExpression;
  /** 1 / -1: int field ascending / descending; 0: string field ascending. */
  sign: 1 | -1 | 0;
}

function strip(n: Node): Node {
  let cur = n;
  while (Node.isParenthesizedExpression(cur)) cur = cur.getExpression();
  return cur;
}

function plainField(n: Node, params: [string, string]): { param: 0 | 1; name: string; node: PropertyAccessExpression } | undefined {
  const p = strip(n);
  if (!Node.isPropertyAccessExpression(p) || p.getQuestionDotTokenNode()) return undefined;
  const obj = p.getExpression();
  if (!Node.isIdentifier(obj)) return undefined;
  const at = params.indexOf(obj.getText());
  if (at < 0) return undefined;
  const decls = p.getNameNode().getSymbol()?.getDeclarations() ?? [];
  const plain = decls.length > 0 && decls.every((d) => Node.isPropertySignature(d) || Node.isPropertyDeclaration(d) || Node.isPropertyAssignment(d) || Node.isShorthandPropertyAssignment(d));
  return plain ? { param: at as 0 | 1, name: p.getName(), node: p } : undefined;
}

/** `x.f` and `y.f` of the two parameters, first then second: the field's node on the first parameter. */
function pair(l: Node, r: Node, params: [string, string]): { first: PropertyAccessExpression; swapped: boolean } | undefined {
  const a = plainField(l, params);
  const b = plainField(r, params);
  if (!a || !b || a.name !== b.name || a.param === b.param) return undefined;
  return a.param === 0 ? { first: a.node, swapped: false } : { first: b.node, swapped: true };
}

function numberTerm(t: Node, params: [string, string]): SortKeyTerm | undefined {
  if (!Node.isBinaryExpression(t) || t.getOperatorToken().getKind() !== SK.MinusToken) return undefined;
  const p = pair(t.getLeft(), t.getRight(), params);
  if (!p || !p.first.getType().isNumber()) return undefined;
  return { prop: p.first, sign: p.swapped ? -1 : 1 };
}

function literal(n: Node, v: number): boolean {
  const x = strip(n);
  if (v < 0) return Node.isPrefixUnaryExpression(x) && x.getOperatorToken() === SK.MinusToken && literal(x.getOperand(), -v);
  return Node.isNumericLiteral(x) && Number(x.getText()) === v;
}

/** `x OP y` with x.f / y.f of the parameters in that order: whether it is the first-before-second order. */
function comparison(n: Node, op: ts.SyntaxKind, params: [string, string]): PropertyAccessExpression | undefined {
  const c = strip(n);
  if (!Node.isBinaryExpression(c) || c.getOperatorToken().getKind() !== op) return undefined;
  const p = pair(c.getLeft(), c.getRight(), params);
  return p && !p.swapped ? p.first : undefined;
}

function stringTerm(t: Node, params: [string, string]): SortKeyTerm | undefined {
  if (!Node.isConditionalExpression(t)) return undefined;
  const inner = strip(t.getWhenFalse());
  if (!Node.isConditionalExpression(inner) || !literal(inner.getWhenFalse(), 0)) return undefined;
  const ltFirst = literal(t.getWhenTrue(), -1) && literal(inner.getWhenTrue(), 1);
  const gtFirst = literal(t.getWhenTrue(), 1) && literal(inner.getWhenTrue(), -1);
  if (!ltFirst && !gtFirst) return undefined;
  const [op1, op2] = ltFirst ? [SK.LessThanToken, SK.GreaterThanToken] : [SK.GreaterThanToken, SK.LessThanToken];
  const f1 = comparison(t.getCondition(), op1, params);
  const f2 = comparison(inner.getCondition(), op2, params);
  if (!f1 || !f2 || f1.getName() !== f2.getName() || !f1.getType().isString()) return undefined;
  return { prop: f1, sign: 0 };
}

/** The key terms of a field-by-field comparator, or undefined when it has another shape. */
export function sortKeyTerms(callback: Node): SortKeyTerm[] | undefined {
  const fn = strip(callback);
  if (!Node.isArrowFunction(fn)) return undefined;
  const ps = fn.getParameters();
  if (ps.length !== 2 || ps.some((p) => p.getInitializer() || p.isRestParameter() || !Node.isIdentifier(p.getNameNode()))) return undefined;
  const params: [string, string] = [ps[0]!.getName(), ps[1]!.getName()];
  if (params[0] === params[1]) return undefined;
  const body = fn.getBody();
  if (Node.isBlock(body)) return undefined;
  const terms: Node[] = [];
  const split = (n: Node) => {
    const x = strip(n);
    if (Node.isBinaryExpression(x) && x.getOperatorToken().getKind() === SK.BarBarToken) {
      split(x.getLeft());
      split(x.getRight());
    } else terms.push(x);
  };
  split(body);
  const out: SortKeyTerm[] = [];
  for (const t of terms) {
    const term = numberTerm(t, params) ?? stringTerm(t, params);
    if (!term) return undefined;
    out.push(term);
  }
  return out;
}
