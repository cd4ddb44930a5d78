/**
 * In-range accesses through an index that trails a counting loop's counter, as in insertion sort:
 *
 *   for (let i = 1; i < a.length; i++) {        // proven counting loop (fast-paths.ts)
 *     const v = a[i]!;
 *     let j = i - 1;                              // j <= i - k, k = 1
 *     while (j >= 0 && a[j]! > v) {               // guard: j >= 0 right of it
 *       a[j + 1] = a[j]!;                         // before the decrement: j >= 0
 *       j--;                                      // the one write: a decrement, once per pass
 *     }
 *     a[j + 1] = v;                               // after the loop: j >= -1
 *   }
 *
 * The counting-loop proof already guarantees that the body changes neither `i` nor `a`'s binding,
 * cannot shrink `a` and runs no user code, so `i < a.length` holds throughout the body. `j` starts
 * at `i - k` and only decreases, so `j + m < a.length` for every `m <= k`. Its lower bound depends on
 * where the access is: right of the guard `j >= c` in the while condition, and in the while body
 * before the decrement statement, `j >= c`; after the while, `j >= min(c - step, start - k)`; between
 * the declaration and the while, `j = i - k >= start - k`. Accesses `a[j + m]` whose bounds both hold
 * are plain Python indexing (reads and writes).
 */
import { Node, ts, type Symbol as TsSymbol } from "ts-morph";
import { referencedSymbol } from "./references.ts";

const SK = ts.SyntaxKind;

function intLiteral(n: Node | undefined): number | undefined {
  if (!n || !Node.isNumericLiteral(n)) return undefined;
  const v = Number(n.getText().replace(/_/g, ""));
  return Number.isInteger(v) && Math.abs(v) <= 2 ** 30 ? v : undefined;
}

function isRef(n: Node | undefined, sym: TsSymbol): boolean {
  return !!n && Node.isIdentifier(n) && referencedSymbol(n) === sym;
}

/** `j`, `j + m` or `j - m`: the offset m, else undefined. */
function offsetOf(e: Node, j: TsSymbol): number | undefined {
  let x = e;
  while (Node.isParenthesizedExpression(x)) x = x.getExpression();
  if (isRef(x, j)) return 0;
  if (!Node.isBinaryExpression(x) || !isRef(x.getLeft(), j)) return undefined;
  const m = intLiteral(x.getRight());
  const op = x.getOperatorToken().getKind();
  if (m === undefined) return undefined;
  return op === SK.PlusToken ? m : op === SK.MinusToken ? -m : undefined;
}

/** The conjuncts of an `&&` chain. */
function conjuncts(e: Node): Node[] {
  let x = e;
  while (Node.isParenthesizedExpression(x)) x = x.getExpression();
  if (Node.isBinaryExpression(x) && x.getOperatorToken().getKind() === SK.AmpersandAmpersandToken) return [...conjuncts(x.getLeft()), ...conjuncts(x.getRight())];
  return [x];
}

/** `j >= c` or `j > c - 1` among the conjuncts: c, and the conjunct. */
function guardOf(cond: Node, j: TsSymbol): { c: number; at: Node } | undefined {
  for (const x of conjuncts(cond)) {
    if (!Node.isBinaryExpression(x) || !isRef(x.getLeft(), j)) continue;
    const lit = intLiteral(x.getRight()) ?? (Node.isPrefixUnaryExpression(x.getRight()) && (x.getRight() as import("ts-morph").PrefixUnaryExpression).getOperatorToken() === SK.MinusToken
      ? -(intLiteral((x.getRight() as import("ts-morph").PrefixUnaryExpression).getOperand()) ?? NaN) : undefined);
    if (lit === undefined || Number.isNaN(lit)) continue;
    const op = x.getOperatorToken().getKind();
    if (op === SK.GreaterThanEqualsToken) return { c: lit, at: x };
    if (op === SK.GreaterThanToken) return { c: lit + 1, at: x };
  }
  return undefined;
}

/** The step of `j--`, `--j` or `j -= c` (c >= 1) as a whole statement, else undefined. */
function decrementStep(stmt: Node, j: TsSymbol): number | undefined {
  if (!Node.isExpressionStatement(stmt)) return undefined;
  const e = stmt.getExpression();
  if ((Node.isPostfixUnaryExpression(e) || Node.isPrefixUnaryExpression(e)) && e.getOperatorToken() === SK.MinusMinusToken && isRef(e.getOperand(), j)) return 1;
  if (Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SK.MinusEqualsToken && isRef(e.getLeft(), j)) {
    const c = intLiteral(e.getRight());
    return c !== undefined && c >= 1 ? c : undefined;
  }
  return undefined;
}

const within = (n: Node, outer: Node) => n.getStart() >= outer.getStart() && n.getEnd() <= outer.getEnd();

/**
 * The accesses `arr[j + m]` in a proven counting loop's body (see the file comment) that are in
 * range; `start` is the counter's first value.
 */
export function trailingIndexAccesses(body: Node, counter: TsSymbol, arrSymbol: TsSymbol, start: number): Node[] {
  if (!Node.isBlock(body)) return [];
  const stmts = body.getStatements();
  const out: Node[] = [];
  stmts.forEach((s, si) => {
    if (!Node.isVariableStatement(s) || !(s.getDeclarationList().getFlags() & ts.NodeFlags.Let)) return;
    const decls = s.getDeclarations();
    if (decls.length !== 1) return;
    const d = decls[0]!;
    const nameNode = d.getNameNode();
    const init = d.getInitializer();
    const j = Node.isIdentifier(nameNode) ? referencedSymbol(nameNode) : undefined;
    if (!j || !init) return;
    const k = isRef(init, counter) ? 0 : (() => {
      const o = Node.isBinaryExpression(init) && isRef(init.getLeft(), counter) && init.getOperatorToken().getKind() === SK.MinusToken ? intLiteral(init.getRight()) : undefined;
      return o !== undefined && o >= 0 ? o : undefined;
    })();
    if (k === undefined) return;
    // The one write: a decrement statement directly in the block body of a while loop of this body.
    const whileIndex = stmts.findIndex((w, wi) => wi > si && Node.isWhileStatement(w) && Node.isBlock(w.getStatement()) &&
      (w.getStatement() as import("ts-morph").Block).getStatements().some((x) => decrementStep(x, j) !== undefined));
    if (whileIndex < 0) return;
    const w = stmts[whileIndex] as import("ts-morph").WhileStatement;
    const wBody = (w.getStatement() as import("ts-morph").Block).getStatements();
    const writeIndex = wBody.findIndex((x) => decrementStep(x, j) !== undefined);
    const step = decrementStep(wBody[writeIndex]!, j)!;
    const guard = guardOf(w.getExpression(), j);
    const refs: Node[] = [];
    body.getSourceFile().forEachDescendant((n) => {
      if (Node.isIdentifier(n) && n !== nameNode && referencedSymbol(n) === j) refs.push(n);
    });
    const writeStmt = wBody[writeIndex]!;
    const written = (n: Node) => {
      let top: Node = n;
      while (Node.isParenthesizedExpression(top.getParent())) top = top.getParent()!;
      const p = top.getParent();
      if (Node.isBinaryExpression(p) && p.getLeft() === top && p.getOperatorToken().getKind() >= SK.FirstAssignment && p.getOperatorToken().getKind() <= SK.LastAssignment) return true;
      return Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p) || !within(n, body);
    };
    // Every use inside this body; the only write is the decrement statement.
    if (refs.some((r) => !within(r, body) || (written(r) && !within(r, writeStmt)))) return;
    const lowerAt = (n: Node): number | undefined => {
      if (guard && within(n, w.getExpression()) && n.getStart() >= guard.at.getEnd()) return guard.c;
      if (guard && wBody.slice(0, writeIndex).some((x) => within(n, x))) return guard.c;
      if (stmts.slice(whileIndex + 1).some((x) => within(n, x))) return guard ? Math.min(guard.c - step, start - k) : undefined;
      if (stmts.slice(si + 1, whileIndex).some((x) => within(n, x))) return start - k;
      return undefined;
    };
    body.forEachDescendant((n) => {
      if (!Node.isElementAccessExpression(n) || n.getQuestionDotTokenNode() || !isRef(n.getExpression(), arrSymbol)) return;
      const arg = n.getArgumentExpression();
      const m = arg ? offsetOf(arg, j) : undefined;
      if (m === undefined || m > k) return;
      const lo = lowerAt(n);
      if (lo !== undefined && lo + m >= 0) out.push(n);
    });
  });
  return out;
}
