/**
 * Proofs that let the lowering use plain Python where a runtime helper would otherwise be needed,
 * without changing what the program prints. Each function here only answers "is the fast path
 * exact for this node?"; the lowering decides what to emit.
 *
 * In-range index reads: in `for (let i = <int >= 0>; i < a.length; i++) body`, a read `a[i]`
 * inside the body is always in range (so `a[i]` in Python equals JavaScript's `a[i]`, no `get`)
 * when the body can neither change `i`, nor rebind `a`, nor shrink `a`. The body is checked
 * against a whitelist of syntax that cannot run user code or shrink arrays: no calls, no `new`,
 * no functions, no template literals, no getters, no `+` on anything but numbers and strings.
 */
import { Node, ts, type ForStatement, type Symbol as TsSymbol } from "ts-morph";
import { isAssignmentOperator } from "./operators.ts";
import { argumentsAtEveryCall, calledFunctionReturns, isLibGlobal, isWriteTarget, referencedSymbol, valueDeclarations } from "./references.ts";
import { isU32Variable } from "./u32-variables.ts";
import { trailingIndexAccesses } from "./trailing-index.ts";
import { kindOf } from "./types.ts";
import { elementValues, minLengthAt, pushedValues } from "./push-built-arrays.ts";
import { isPresentKeyRead, recordKeys } from "./literal-sets.ts";
import { executionBound } from "./execution-counts.ts";
import { arrayField, calledMethodReturns, fieldFacts, fieldLengthAt, guardedRemoval, memberDeclOf, methodArguments } from "./class-fields.ts";

const SK = ts.SyntaxKind;

const allowedKinds = new Set<ts.SyntaxKind>([
  SK.Block, SK.ExpressionStatement, SK.VariableStatement, SK.VariableDeclarationList, SK.VariableDeclaration,
  SK.IfStatement, SK.ForStatement, SK.WhileStatement, SK.DoStatement, SK.BreakStatement, SK.ContinueStatement,
  SK.EmptyStatement, SK.Identifier, SK.NumericLiteral, SK.StringLiteral, SK.NoSubstitutionTemplateLiteral,
  SK.TrueKeyword, SK.FalseKeyword, SK.NullKeyword, SK.ElementAccessExpression, SK.PropertyAccessExpression,
  SK.BinaryExpression, SK.PrefixUnaryExpression, SK.PostfixUnaryExpression, SK.ParenthesizedExpression,
  SK.NonNullExpression, SK.ConditionalExpression, SK.AsExpression, SK.TypeReference, SK.NumberKeyword,
  SK.StringKeyword, SK.BooleanKeyword, SK.QuestionToken, SK.ColonToken, SK.ExclamationToken,
]);


const symbolOf = referencedSymbol;

/** Whether a property access sits in an optional chain (`a?.b.c`: undefined when `a` is). */
function hasOptionalChain(n: Node): boolean {
  for (let e: Node = n; Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e) || Node.isCallExpression(e) || Node.isNonNullExpression(e); e = e.getExpression()) {
    if ((Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e) || Node.isCallExpression(e)) && e.getQuestionDotTokenNode()) return true;
  }
  return false;
}

function isWrittenIdentifier(n: Node): boolean {
  const p = n.getParent();
  if (Node.isBinaryExpression(p) && p.getLeft() === n && isAssignmentOperator(p.getOperatorToken().getKind())) return true;
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    const op = p.getOperatorToken();
    return op === SK.PlusPlusToken || op === SK.MinusMinusToken;
  }
  return false;
}

/** Whether a subtree only uses syntax that cannot run user code or shrink an array. */
export function isInert(root: Node): boolean {
  let ok = true;
  const check = (n: Node) => {
    if (!ok) return;
    const k = n.getKind();
    if (k >= SK.FirstToken && k <= SK.LastToken && k !== SK.Identifier && !allowedKinds.has(k)) {
      // the operator token of a binary expression
      const p = n.getParent();
      if (!(Node.isBinaryExpression(p) && p.getOperatorToken() === n)) ok = false;
      return;
    }
    if (!allowedKinds.has(k)) {
      ok = false;
      return;
    }
    if (Node.isBinaryExpression(n)) {
      const op = n.getOperatorToken().getKind();
      if (op === SK.PlusToken || op === SK.PlusEqualsToken || op === SK.InKeyword || op === SK.InstanceOfKeyword) {
        const prim = (x: Node) => ["number", "string"].includes(kindOf(x.getType()));
        if (op === SK.InKeyword || op === SK.InstanceOfKeyword || !prim(n.getLeft()) || !prim(n.getRight())) ok = false;
      }
      if ([SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken].includes(op)) {
        const prim = (x: Node) => ["number", "string"].includes(kindOf(x.getType()));
        if (!prim(n.getLeft()) || !prim(n.getRight())) ok = false;
      }
    }
    if (Node.isPropertyAccessExpression(n)) {
      const decls = n.getNameNode().getSymbol()?.getDeclarations() ?? [];
      if (decls.some((d) => Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d))) ok = false;
      if (n.getQuestionDotTokenNode()) ok = false;
    }
    if (Node.isElementAccessExpression(n)) {
      const kind = kindOf(n.getExpression().getType());
      if (!["array", "bytes", "string"].includes(kind)) ok = false;
      if (n.getQuestionDotTokenNode()) ok = false;
    }
    n.forEachChild(check);
  };
  check(root);
  return ok;
}

/**
 * The `a[i]` reads in a counting loop's body proven in range (see the file comment); empty when
 * the loop does not have the exact shape.
 */
export function inRangeIndexReads(stmt: ForStatement): Set<Node> {
  const out = new Set<Node>();
  const loop = provenCountingLoop(stmt);
  if (!loop) return out;
  const { counter, arrSymbol, start } = loop;
  stmt.getStatement().forEachDescendant((n) => {
    if (Node.isElementAccessExpression(n)) {
      const target = n.getExpression();
      const arg = n.getArgumentExpression();
      if (Node.isIdentifier(target) && symbolOf(target) === arrSymbol && arg && Node.isIdentifier(arg) && symbolOf(arg) === counter) out.add(n);
    }
  });
  // `a[j]`, `a[j + 1]` through an index trailing the counter (insertion sort).
  for (const n of trailingIndexAccesses(stmt.getStatement(), counter, arrSymbol, start)) out.add(n);
  return out;
}

/**
 * `for (let i = <int >= 0>; i < b.length; i++)` over a Uint8Array or string `b` with the body
 * proven as in inRangeIndexReads: `b.length` cannot change while the loop runs (typed arrays and
 * strings have a fixed length; the body can neither rebind `b` nor run user code), so
 * `range(len(b))` is exact.
 */
export function fixedLengthLoopBound(stmt: ForStatement): boolean {
  const loop = provenCountingLoop(stmt);
  return !!loop && ["bytes", "string"].includes(kindOf(loop.arr.getType()));
}

/**
 * Element loops: `for (let i = 0; i < a.length; i++)` over a Uint8Array or array `a`, proven as in
 * inRangeIndexReads, whose body uses `i` only in reads `a[i]` and writes no element of `a`, visits
 * the elements in order, each read as `a[i]` would read it: `for x in a` (Python's iterator reads
 * `a[0]`, `a[1]`, … while the index is below the current length). Returns those `a[i]` reads.
 */
export function elementLoopReads(stmt: ForStatement): Node[] | undefined {
  const loop = provenCountingLoop(stmt);
  if (!loop || loop.start !== 0 || !["array", "bytes"].includes(kindOf(loop.arr.getType()))) return undefined;
  const reads: Node[] = [];
  let ok = true;
  stmt.getStatement().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (Node.isElementAccessExpression(n) && symbolOf(n.getExpression()) === loop.arrSymbol && isWriteTarget(n)) ok = false;
    if (!Node.isIdentifier(n) || symbolOf(n) !== loop.counter) return;
    const p = n.getParent();
    if (Node.isElementAccessExpression(p) && p.getArgumentExpression() === n && Node.isIdentifier(p.getExpression()) && symbolOf(p.getExpression()) === loop.arrSymbol && !p.getQuestionDotTokenNode()) reads.push(p);
    else ok = false;
  });
  return ok && reads.length ? reads : undefined;
}

type CountingLoop = { counter: TsSymbol; arr: Node; arrSymbol: TsSymbol; start: number };
const countingLoops = new WeakMap<ForStatement, CountingLoop | null>();

/** The counting loop shape shared by the proofs above (checked once per loop), or undefined. */
function provenCountingLoop(stmt: ForStatement): CountingLoop | undefined {
  let loop = countingLoops.get(stmt);
  if (loop === undefined) countingLoops.set(stmt, (loop = countingLoopShape(stmt) ?? null));
  return loop ?? undefined;
}

function countingLoopShape(stmt: ForStatement): CountingLoop | undefined {
  const init = stmt.getInitializer();
  const cond = stmt.getCondition();
  const inc = stmt.getIncrementor();
  if (!init || !cond || !inc || !Node.isVariableDeclarationList(init)) return undefined;
  if (!(init.getFlags() & ts.NodeFlags.BlockScoped)) return undefined;
  const decls = init.getDeclarations();
  if (decls.length !== 1) return undefined;
  const d = decls[0]!;
  const start = d.getInitializer();
  const nameNode = d.getNameNode();
  if (!Node.isIdentifier(nameNode) || !start || !Node.isNumericLiteral(start)) return undefined;
  const startValue = Number(start.getText());
  if (!Number.isInteger(startValue) || startValue < 0 || startValue > 2 ** 30) return undefined;
  const counter = symbolOf(nameNode);
  if (!counter) return undefined;
  // condition: i < a.length
  if (!Node.isBinaryExpression(cond) || cond.getOperatorToken().getKind() !== SK.LessThanToken) return undefined;
  const left = cond.getLeft();
  const right = cond.getRight();
  if (!Node.isIdentifier(left) || symbolOf(left) !== counter) return undefined;
  if (!Node.isPropertyAccessExpression(right) || right.getName() !== "length" || right.getQuestionDotTokenNode()) return undefined;
  const arr = right.getExpression();
  if (!Node.isIdentifier(arr)) return undefined;
  const arrSymbol = symbolOf(arr);
  if (!arrSymbol || !["array", "bytes", "string"].includes(kindOf(arr.getType()))) return undefined;
  // incrementor: i++, ++i, i += 1
  const incOk =
    ((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) &&
      inc.getOperatorToken() === SK.PlusPlusToken && Node.isIdentifier(inc.getOperand()) && symbolOf(inc.getOperand()) === counter) ||
    (Node.isBinaryExpression(inc) && inc.getOperatorToken().getKind() === SK.PlusEqualsToken &&
      Node.isIdentifier(inc.getLeft()) && symbolOf(inc.getLeft()) === counter && inc.getRight().getText() === "1");
  if (!incOk) return undefined;
  const body = stmt.getStatement();
  if (!isInert(body)) return undefined;
  let broken = false;
  body.forEachDescendant((n) => {
    if (broken) return;
    if (Node.isIdentifier(n)) {
      const s = symbolOf(n);
      if ((s === counter || s === arrSymbol) && isWrittenIdentifier(n)) broken = true;
    }
    // `a.length = n` shrinks the array while the loop runs.
    if (Node.isPropertyAccessExpression(n) && n.getName() === "length" && symbolOf(n.getExpression()) === arrSymbol && isWriteTarget(n)) broken = true;
  });
  return broken ? undefined : { counter, arr, arrSymbol, start: startValue };
}

/**
 * Integer ranges: an expression whose Python value is always an int in [lo, hi] (never a float,
 * never -0, never undefined), with |lo|, |hi| <= 2^53 so JavaScript computes the same exact value.
 * For such ints, JavaScript's bitwise operators (which see operands modulo 2^32) equal Python's
 * followed by one wrap into int32, and `%` by a positive divisor of a non-negative int is Python's.
 * A variable's range is proven by induction: its initializer's range, widened by each assignment
 * computed under the hypothesis, until stable (or given up).
 */
export interface IntRange {
  lo: number;
  hi: number;
}

/** i32: in [-2^31, 2^31); u32: in [0, 2^32); int: any proven safe int. */
export type IntClass = "i32" | "u32" | "int";

const SAFE = 2 ** 53;
const I32: IntRange = { lo: -(2 ** 31), hi: 2 ** 31 - 1 };
const U32: IntRange = { lo: 0, hi: 2 ** 32 - 1 };

function mk(lo: number, hi: number): IntRange | undefined {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo < -SAFE || hi > SAFE) return undefined;
  return { lo, hi };
}

function union(a: IntRange | undefined, b: IntRange | undefined): IntRange | undefined {
  return a && b ? { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) } : undefined;
}

/** The union of the ranges of `nodes` (at least one), or undefined when one is not proven. */
function unionOfRanges(nodes: Node[], inRange: ReadonlySet<Node>): IntRange | undefined {
  let r: IntRange | undefined = rangeOf(nodes[0]!, inRange);
  for (const n of nodes.slice(1)) r = r && union(r, rangeOf(n, inRange));
  return r;
}

/** The value of an int literal below 2^53 in magnitude (a Python int once lowered), or undefined. */
export function literalValue(n: Node): number | undefined {
  if (!Node.isNumericLiteral(n)) return undefined;
  const v = Number(n.getText().replace(/_/g, ""));
  // The lowering writes 2^53 and beyond as float literals: only smaller ones are Python ints.
  return Number.isInteger(v) && Math.abs(v) < SAFE ? v : undefined;
}

export function classOf(r: IntRange | undefined): IntClass | undefined {
  if (!r) return undefined;
  if (r.lo >= I32.lo && r.hi <= I32.hi) return "i32";
  if (r.lo >= 0 && r.hi <= U32.hi) return "u32";
  return "int";
}

/** Proof state of one lowering (keyed by its in-range set). */
interface Facts {
  done: Map<TsSymbol, IntRange | null>;
  /** Variables being proven: their current hypothesis (null: busy, not provable yet). */
  assumed: Map<TsSymbol, IntRange | null>;
  writes: Map<TsSymbol, Write[] | null>;
  /** The same for the values of records (recordValueRange). */
  recordDone: Map<TsSymbol, IntRange | null>;
  recordAssumed: Map<TsSymbol, IntRange | null>;
  /** The same for instance fields, by declaration (class-fields.ts memberDeclOf). */
  fieldDone: Map<Node, IntRange | null>;
  fieldAssumed: Map<Node, IntRange | null>;
  fieldWrites: Map<Node, Write[] | null>;
  /** Variable proofs left before giving up (keeps pathological programs fast). */
  budget: number;
}
const factsByLowering = new WeakMap<ReadonlySet<Node>, Facts>();

function factsFor(inRange: ReadonlySet<Node>): Facts {
  let f = factsByLowering.get(inRange);
  if (!f) factsByLowering.set(inRange, (f = { done: new Map(), assumed: new Map(), writes: new Map(), recordDone: new Map(), recordAssumed: new Map(), fieldDone: new Map(), fieldAssumed: new Map(), fieldWrites: new Map(), budget: 5000 }));
  return f;
}

/** Whether a range proof is running under a hypothesis (its findings then are not final). */
export function rangeHypothesisActive(inRange: ReadonlySet<Node>): boolean {
  const f = factsFor(inRange);
  return f.assumed.size > 0 || f.recordAssumed.size > 0 || f.fieldAssumed.size > 0;
}

export function intClassOf(node: Node, inRange: ReadonlySet<Node> = new Set()): IntClass | undefined {
  return classOf(rangeOf(node, inRange));
}

/** The int range of an expression, or undefined when it cannot be proven. */
export function rangeOf(node: Node, inRange: ReadonlySet<Node> = new Set()): IntRange | undefined {
  let n = node;
  while (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n)) n = n.getExpression();
  const lit = literalValue(n);
  if (lit !== undefined) return { lo: lit, hi: lit };
  if (Node.isPrefixUnaryExpression(n)) {
    const operand = n.getOperand();
    if (n.getOperatorToken() === SK.TildeToken) return I32;
    const v = literalValue(operand);
    if (n.getOperatorToken() === SK.MinusToken && v !== undefined && v !== 0) return { lo: -v, hi: -v };
    return undefined;
  }
  if (Node.isBinaryExpression(n)) {
    const written = n.getOperatorToken().getKind();
    const op = compoundBase.get(written) ?? written;
    if (op === SK.AmpersandToken) {
      const m = [literalValue(n.getLeft()), literalValue(n.getRight())].find((v) => v !== undefined && v >= 0 && v <= I32.hi);
      return m !== undefined ? { lo: 0, hi: m } : I32;
    }
    if ([SK.BarToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken].includes(op)) return I32;
    if (op === SK.GreaterThanGreaterThanGreaterThanToken) {
      const k = literalValue(n.getRight());
      return k !== undefined && k >= 0 && k <= 31 ? { lo: 0, hi: 2 ** (32 - k) - 1 } : U32;
    }
    if (![SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.PercentToken].includes(op)) return undefined;
    if (kindOf(n.getLeft().getType()) !== "number" || kindOf(n.getRight().getType()) !== "number") return undefined;
    const a = rangeOf(n.getLeft(), inRange);
    const b = a && rangeOf(n.getRight(), inRange);
    if (!a || !b) return undefined;
    if (op === SK.PlusToken) return mk(a.lo + b.lo, a.hi + b.hi);
    if (op === SK.MinusToken) return mk(a.lo - b.hi, a.hi - b.lo);
    if (op === SK.AsteriskToken) {
      // A zero times a negative number is -0 in JavaScript: only ranges where that cannot happen.
      const zeroIn = (r: IntRange) => r.lo <= 0 && r.hi >= 0;
      if ((zeroIn(a) && b.lo < 0) || (zeroIn(b) && a.lo < 0)) return undefined;
      const c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
      return mk(Math.min(...c), Math.max(...c));
    }
    // %: a non-negative int by a positive int is Python's %.
    if (a.lo >= 0 && b.lo >= 1) return { lo: 0, hi: Math.min(a.hi, b.hi - 1) };
    return undefined;
  }
  if (Node.isCallExpression(n)) return mathCallRange(n, inRange) ?? returnRange(n, inRange) ?? removalRange(n, inRange);
  if (Node.isConditionalExpression(n)) return union(rangeOf(n.getWhenTrue(), inRange), rangeOf(n.getWhenFalse(), inRange));
  if ((Node.isElementAccessExpression(n) || Node.isPropertyAccessExpression(n)) && isPresentKeyRead(n, inRange)) return recordValueRange(n.getExpression(), inRange);
  if (Node.isElementAccessExpression(n)) {
    if (inRange.has(n) && kindOf(n.getExpression().getType()) === "bytes") return { lo: 0, hi: 255 };
    return pushedElementRange(n, inRange);
  }
  // An instance field of a closed class (class-fields.ts).
  if (Node.isPropertyAccessExpression(n) && !n.getQuestionDotTokenNode() && !hasOptionalChain(n)) {
    const decl = memberDeclOf(n.getNameNode());
    if (decl && fieldFacts(decl)) return fieldRange(decl, inRange);
  }
  if (Node.isPropertyAccessExpression(n) && n.getName() === "length" && !n.getQuestionDotTokenNode()) {
    const fixed = fixedLengthOf(n.getExpression());
    if (fixed !== undefined) return { lo: fixed, hi: fixed };
    const low = fieldLengthAt(n, (guard) => rangeOf(guard, inRange)?.lo);
    if (low !== undefined) return { lo: low, hi: U32.hi };
    return ["array", "string", "bytes"].includes(kindOf(n.getExpression().getType())) ? U32 : undefined;
  }
  // The number of entries of a Map or Set: an int below 2^32.
  if (Node.isPropertyAccessExpression(n) && n.getName() === "size" && !n.getQuestionDotTokenNode() && ["map", "set"].includes(kindOf(n.getExpression().getType()))) return U32;
  if (Node.isIdentifier(n)) {
    const sym = n.getSymbol();
    return sym ? variableRange(sym, inRange) : undefined;
  }
  return undefined;
}

const compoundBase = new Map<ts.SyntaxKind, ts.SyntaxKind>([
  [SK.PlusEqualsToken, SK.PlusToken], [SK.MinusEqualsToken, SK.MinusToken], [SK.AsteriskEqualsToken, SK.AsteriskToken], [SK.PercentEqualsToken, SK.PercentToken],
]);

const fixedLengths = new WeakMap<TsSymbol, number | null>();

/**
 * The length of a `const a = [x, y, …]` array that never changes: every use of `a` in its file is
 * an element read `a[…]` or `a.length` (no writes, calls, spreads, aliases), so its length stays
 * the literal's. A `const b = new Uint8Array(n)` keeps length n whatever the program does with it.
 */
export function fixedLengthOf(node: Node): number | undefined {
  if (!Node.isIdentifier(node)) return undefined;
  const sym = node.getSymbol();
  if (!sym) return undefined;
  const cached = fixedLengths.get(sym);
  if (cached !== undefined) return cached ?? undefined;
  let result: number | undefined;
  const decls = valueDeclarations(sym);
  const decl = decls[0];
  if (decls.length === 1 && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode())) {
    const list = decl.getParent();
    const init = decl.getInitializer();
    let lit: Node | undefined = init;
    while (lit && (Node.isParenthesizedExpression(lit) || Node.isAsExpression(lit))) lit = lit.getExpression();
    const bytes = lit && Node.isVariableDeclarationList(list) && list.getFlags() & ts.NodeFlags.Const ? newBytesLength(lit) : undefined;
    if (bytes !== undefined) result = bytes;
    else if (
      Node.isVariableDeclarationList(list) && list.getFlags() & ts.NodeFlags.Const && lit && Node.isArrayLiteralExpression(lit) &&
      lit.getElements().every((e) => !Node.isSpreadElement(e) && !Node.isOmittedExpression(e)) &&
      kindOf(decl.getType()) === "array"
    ) {
      let ok = true;
      decl.getSourceFile().forEachDescendant((n, traversal) => {
        if (!ok) return traversal.stop();
        if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || symbolOf(n) !== sym) return;
        const p = n.getParent();
        if (Node.isPropertyAccessExpression(p) && p.getExpression() === n && p.getName() === "length" && !isWriteTarget(p)) return;
        if (Node.isElementAccessExpression(p) && p.getExpression() === n) {
          let top: Node = p;
          while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
          const q = top.getParent();
          const written =
            (Node.isBinaryExpression(q) && q.getLeft() === top && isAssignmentOperator(q.getOperatorToken().getKind())) ||
            Node.isPrefixUnaryExpression(q) || Node.isPostfixUnaryExpression(q) || Node.isArrayLiteralExpression(q) ||
            Node.isSpreadElement(q) || Node.isForOfStatement(q) || Node.isForInStatement(q) || Node.isShorthandPropertyAssignment(q) ||
            (Node.isPropertyAssignment(q) && inDestructuringTarget(q));
          if (!written) return;
        }
        ok = false;
      });
      if (ok) result = lit.getElements().length;
    }
  }
  fixedLengths.set(sym, result ?? null);
  return result;
}

/** `new Uint8Array(<int literal>)` of the global Uint8Array: its length, which never changes. */
function newBytesLength(n: Node): number | undefined {
  if (!Node.isNewExpression(n)) return undefined;
  const callee = n.getExpression();
  const args = n.getArguments();
  if (!isLibGlobal(callee, "Uint8Array") || args.length !== 1) return undefined;
  const len = literalValue(args[0]!);
  return len !== undefined && len >= 0 && len <= 2 ** 30 ? len : undefined;
}

/** Whether an object-literal property sits in the left side of a destructuring assignment. */
function inDestructuringTarget(prop: Node): boolean {
  let cur: Node = prop;
  for (;;) {
    const p = cur.getParent();
    if (!p) return false;
    if (
      Node.isObjectLiteralExpression(p) || Node.isArrayLiteralExpression(p) || Node.isPropertyAssignment(p) || Node.isParenthesizedExpression(p) ||
      Node.isShorthandPropertyAssignment(p) || Node.isSpreadElement(p) || Node.isSpreadAssignment(p)
    ) {
      cur = p;
      continue;
    }
    return (Node.isBinaryExpression(p) && p.getLeft() === cur) || Node.isForOfStatement(p) || Node.isForInStatement(p);
  }
}

/**
 * Whether an identifier inside an array or object literal (`[x]`, `{ x }`, `[...x]`) may be written
 * by it: the literal is (part of) the target of a destructuring assignment or for-of/for-in.
 * A literal that is only read (`f([x])`, `JSON.stringify({ x })`) writes nothing.
 */
function inAssignmentPattern(id: Node): boolean {
  const p = id.getParent();
  const inLiteral =
    Node.isArrayLiteralExpression(p) || Node.isShorthandPropertyAssignment(p) || Node.isSpreadElement(p) || Node.isSpreadAssignment(p) ||
    (Node.isPropertyAssignment(p) && p.getInitializer() === id);
  return inLiteral && inDestructuringTarget(id);
}

/** `a[i]` with `a` of fixed length n and `i` a proven int in [0, n): plain indexing is exact. */
export function inBoundsRead(node: Node, inRange: ReadonlySet<Node>): boolean {
  if (!Node.isElementAccessExpression(node) || node.getQuestionDotTokenNode()) return false;
  const n = fixedLengthOf(node.getExpression()) ?? minLengthAt(node.getExpression(), node);
  const arg = node.getArgumentExpression();
  if (n === undefined || !arg) return false;
  const r = rangeOf(arg, inRange);
  return !!r && r.lo >= 0 && r.hi < n;
}

/** Arrays (symbols) and array fields (declarations) whose element ranges are being proven. */
const elementsBeingProven = new Set<TsSymbol | Node>();

/** An in-bounds read of a push-built array (push-built-arrays.ts): the union of the pushed values' ranges. */
function pushedElementRange(n: import("ts-morph").ElementAccessExpression, inRange: ReadonlySet<Node>): IntRange | undefined {
  const target = n.getExpression();
  const sym = target.getSymbol();
  const values = pushedValues(target);
  if (!sym || !values || elementsBeingProven.has(sym) || !inBoundsRead(n, inRange)) return undefined;
  elementsBeingProven.add(sym);
  try {
    return unionOfRanges(values, inRange);
  } finally {
    elementsBeingProven.delete(sym);
  }
}

/**
 * `this.f.shift()` / `this.f.pop()` of an array field (class-fields.ts) under a guard
 * `this.f.length > e` with e >= 0 (or `>= e`, e >= 1): the array is not empty, so the removed
 * element is one of the values the field's elements can be.
 */
function removalRange(call: import("ts-morph").CallExpression, inRange: ReadonlySet<Node>): IntRange | undefined {
  if (!isNonEmptyRemoval(call, inRange)) return undefined;
  const sym = guardedRemoval(call)!.field;
  const field = arrayField(sym);
  if (!field || elementsBeingProven.has(sym)) return undefined;
  elementsBeingProven.add(sym);
  try {
    return field.values.length ? unionOfRanges(field.values, inRange) : undefined;
  } finally {
    elementsBeingProven.delete(sym);
  }
}

/** `this.f.shift()` / `this.f.pop()` under a length guard that proves the array non-empty (see removalRange). */
export function isNonEmptyRemoval(call: Node, inRange: ReadonlySet<Node>): boolean {
  const removal = guardedRemoval(call);
  const g = removal && rangeOf(removal.guard, inRange);
  return !!removal && !!g && g.lo >= (removal.inclusive ? 1 : 0);
}

/** `Math.<name>` of the global Math object (not a user variable called Math). */
export function mathMethodOf(call: Node): string | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getQuestionDotTokenNode()) return undefined;
  const obj = callee.getExpression();
  if (!isLibGlobal(obj, "Math")) return undefined;
  if (call.getArguments().some((a) => Node.isSpreadElement(a))) return undefined;
  return callee.getName();
}

/** `Math.floor(x / k)` with ints x and k >= 1 (|x| <= 2^53, so the float quotient floors exactly). */
export function floorDivision(call: Node, inRange: ReadonlySet<Node>): { x: Node; k: Node; range: IntRange } | undefined {
  if (mathMethodOf(call) !== "floor") return undefined;
  const args = (call as import("ts-morph").CallExpression).getArguments();
  if (args.length !== 1) return undefined;
  let arg = args[0]!;
  while (Node.isParenthesizedExpression(arg)) arg = arg.getExpression();
  if (!Node.isBinaryExpression(arg) || arg.getOperatorToken().getKind() !== SK.SlashToken) return undefined;
  const x = rangeOf(arg.getLeft(), inRange);
  const k = x && rangeOf(arg.getRight(), inRange);
  if (!x || !k || k.lo < 1) return undefined;
  const c = [x.lo / k.lo, x.lo / k.hi, x.hi / k.lo, x.hi / k.hi].map(Math.floor);
  return { x: arg.getLeft(), k: arg.getRight(), range: { lo: Math.min(...c), hi: Math.max(...c) } };
}

function mathCallRange(call: import("ts-morph").CallExpression, inRange: ReadonlySet<Node>): IntRange | undefined {
  const name = mathMethodOf(call);
  if (!name) return undefined;
  const args = call.getArguments();
  if (name === "floor") {
    const fd = floorDivision(call, inRange);
    if (fd) return fd.range;
    return args.length === 1 ? rangeOf(args[0]!, inRange) : undefined;
  }
  if ((name === "min" || name === "max") && args.length >= 1) {
    const rs = args.map((a) => rangeOf(a, inRange));
    if (rs.some((r) => !r)) return undefined;
    const ok = rs as IntRange[];
    const pick = name === "min" ? Math.min : Math.max;
    return { lo: pick(...ok.map((r) => r.lo)), hi: pick(...ok.map((r) => r.hi)) };
  }
  if (name === "abs" && args.length === 1) {
    const r = rangeOf(args[0]!, inRange);
    if (!r) return undefined;
    if (r.lo >= 0) return r;
    if (r.hi <= 0) return { lo: -r.hi, hi: -r.lo };
    return { lo: 0, hi: Math.max(-r.lo, r.hi) };
  }
  return undefined;
}

/** The int range of a variable or parameter (for `{ x }` shorthand values, whose node names the property). */
export function symbolRange(sym: TsSymbol, inRange: ReadonlySet<Node> = new Set()): IntRange | undefined {
  return variableRange(sym, inRange);
}

const returnsBeingProven = new Set<TsSymbol>();

/**
 * A direct call `f(…)` of a module function declaration (TypeScript forbids assigning to it) that is
 * neither async nor a generator, ends with a `return`/`throw` and whose every `return` has a
 * proven value: the union of those values' ranges. A recursive call gives up while f is being proven.
 */
function returnRange(call: import("ts-morph").CallExpression, inRange: ReadonlySet<Node>): IntRange | undefined {
  const called = calledFunctionReturns(call) ?? calledMethodReturns(call);
  if (!called || returnsBeingProven.has(called.sym)) return undefined;
  const { sym, body, values } = called;
  const last = body.getStatements().at(-1);
  if (!last || !(Node.isReturnStatement(last) || Node.isThrowStatement(last))) return undefined;
  if (--factsFor(inRange).budget < 0) return undefined;
  returnsBeingProven.add(sym);
  try {
    return unionOfRanges(values, inRange);
  } finally {
    returnsBeingProven.delete(sym);
  }
}

/**
 * One way a variable is written: a value node, a fixed range, "counter" (the loop's i++), a unit
 * step (`x++`, `x--`), or a step by a number expression (`x += e`, `x -= e`).
 */
type Write = { value: Node } | { range: IntRange } | { counterBound: Node; inclusive: boolean; step: number } | { by: number; at?: Node } | { stepBy: Node; sign: 1 | -1; at?: Node };

/*
 * Integer counters: a variable stepped by ints (x++, x += e with e a proven int) and otherwise
 * written only with proven ints stays an int, bounded only on the sides it never steps towards.
 * A count that leaves ±2^53 is exact on MicroPython where JavaScript rounds: the documented
 * difference for all integers (docs/language.md, "Integer counters" and "Known differences").
 */
function variableRange(sym: TsSymbol, inRange: ReadonlySet<Node>): IntRange | undefined {
  if (isU32Variable(sym, inRange)) return U32;
  const facts = factsFor(inRange);
  const done = facts.done.get(sym);
  if (done !== undefined) return done ?? undefined;
  if (facts.assumed.has(sym)) return facts.assumed.get(sym) ?? undefined;
  if (sym.getFlags() & ts.SymbolFlags.Property) {
    const decls = sym.getDeclarations();
    return decls.length === 1 ? fieldRange(decls[0]!, inRange) : undefined;
  }
  const decls = valueDeclarations(sym);
  if (decls.length !== 1) return undefined;
  const decl = decls[0]!;
  if (Node.isParameterDeclaration(decl)) return parameterRange(sym, decl, inRange);
  if (!Node.isVariableDeclaration(decl)) return undefined;
  const init = decl.getInitializer();
  if (!init) return forOfElementRange(decl, inRange);
  let writes = facts.writes.get(sym);
  if (writes === undefined) facts.writes.set(sym, (writes = writesOf(sym, decl)));
  if (!writes) return undefined;
  if (--facts.budget < 0) return undefined;
  const outermost = !rangeHypothesisActive(inRange);
  facts.assumed.set(sym, null);
  let result: IntRange | undefined;
  try {
    result = inductiveRange(rangeOf(init, inRange), writes, (h) => facts.assumed.set(sym, h), inRange);
  } finally {
    facts.assumed.delete(sym);
  }
  // Facts about other variables found under a hypothesis are not kept; only outermost results.
  if (outermost) facts.done.set(sym, result ?? null);
  return result;
}

/** `for (const x of xs)` over an array whose elements are known (push-built-arrays.ts elementValues): their union. */
function forOfElementRange(decl: import("ts-morph").VariableDeclaration, inRange: ReadonlySet<Node>): IntRange | undefined {
  const list = decl.getParent();
  const loop = list?.getParent();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || !Node.isForOfStatement(loop) || loop.isAwaited()) return undefined;
  if (!Node.isIdentifier(decl.getNameNode())) return undefined;
  const sym = loop.getExpression().getSymbol();
  const values = elementValues(loop.getExpression());
  if (!sym || !values?.length || elementsBeingProven.has(sym)) return undefined;
  elementsBeingProven.add(sym);
  try {
    return unionOfRanges(values, inRange);
  } finally {
    elementsBeingProven.delete(sym);
  }
}

/**
 * An instance field of a closed class (class-fields.ts): the union of its starting values, closed
 * under its writes by induction as for variables.
 */
function fieldRange(decl: Node, inRange: ReadonlySet<Node>): IntRange | undefined {
  const facts = factsFor(inRange);
  const done = facts.fieldDone.get(decl);
  if (done !== undefined) return done ?? undefined;
  if (facts.fieldAssumed.has(decl)) return facts.fieldAssumed.get(decl) ?? undefined;
  const field = fieldFacts(decl);
  if (!field || --facts.budget < 0) return undefined;
  let writes = facts.fieldWrites.get(decl);
  if (writes === undefined) {
    const ws = field.writes.map(writeAt);
    facts.fieldWrites.set(decl, (writes = ws.every((w) => !!w) ? (ws as Write[]) : null));
  }
  if (!writes) return undefined;
  const outermost = !rangeHypothesisActive(inRange);
  facts.fieldAssumed.set(decl, null);
  let result: IntRange | undefined;
  try {
    result = inductiveRange(unionOfRanges(field.starts, inRange), writes, (h) => facts.fieldAssumed.set(decl, h), inRange);
  } finally {
    facts.fieldAssumed.delete(decl);
  }
  if (outermost) facts.fieldDone.set(decl, result ?? null);
  return result;
}

/**
 * The smallest range (of the few tried) holding `start` and closed under `writes` computed with
 * the hypothesis in force (`assume`), or undefined.
 */
function inductiveRange(start: IntRange | undefined, writes: Write[], assume: (h: IntRange) => void, inRange: ReadonlySet<Node>): IntRange | undefined {
  const counted = countedRange(start, writes, inRange);
  const inductive = inductiveFixpoint(start, writes, assume, inRange);
  if (!counted || !inductive) return counted ?? inductive;
  return { lo: Math.max(counted.lo, inductive.lo), hi: Math.min(counted.hi, inductive.hi) };
}

/**
 * Accumulators (execution-counts.ts): when every write either sets a value whose range does not
 * depend on the variable or steps it by such a range at a place that runs at most K times, the
 * variable stays within the union of its set values, moved by at most K steps each way.
 * Computed before any hypothesis about the variable, so a value that reads it proves nothing.
 */
function countedRange(start: IntRange | undefined, writes: Write[], inRange: ReadonlySet<Node>): IntRange | undefined {
  let base = start;
  let down = 0;
  let up = 0;
  for (const w of writes) {
    if ("value" in w) base = union(base, rangeOf(w.value, inRange));
    else if ("range" in w) base = union(base, w.range);
    else if ("by" in w || "stepBy" in w) {
      const r = "by" in w ? { lo: w.by, hi: w.by } : rangeOf(w.stepBy, inRange);
      const d = r && ("sign" in w && w.sign < 0 ? { lo: -r.hi, hi: -r.lo } : r);
      const k = d && w.at ? executionBound(w.at) : undefined;
      if (k === undefined) return undefined;
      down += k * Math.min(d!.lo, 0);
      up += k * Math.max(d!.hi, 0);
    } else return undefined;
    if (!base) return undefined;
  }
  return base && mk(base.lo + down, base.hi + up);
}

function inductiveFixpoint(start: IntRange | undefined, writes: Write[], assume: (h: IntRange) => void, inRange: ReadonlySet<Node>): IntRange | undefined {
  let h = start;
  for (let round = 0; h && round < 6; round++) {
    assume(h);
    let next: IntRange | undefined = h;
    for (const w of writes) {
      if ("value" in w) next = union(next, rangeOf(w.value, inRange));
      else if ("range" in w) next = union(next, w.range);
      else if ("by" in w) next = union(next, { lo: w.by < 0 ? -SAFE : h.lo, hi: w.by > 0 ? SAFE : h.hi });
      else if ("stepBy" in w) {
        // x += e / x -= e with e a proven int: x stays an int, unbounded on the sides it can step to.
        const r = rangeOf(w.stepBy, inRange);
        const d = r && (w.sign > 0 ? r : { lo: -r.hi, hi: -r.lo });
        next = d && union(next, { lo: d.lo < 0 ? -SAFE : h.lo, hi: d.hi > 0 ? SAFE : h.hi });
      }
      else {
        const bound = rangeOf(w.counterBound, inRange);
        // The value after the last increment: at most bound - 1 + step (bound + step with <=).
        next = bound && union(next, { lo: h.lo, hi: Math.max(h.hi, bound.hi + w.step - (w.inclusive ? 0 : 1)) });
      }
      if (!next) break;
    }
    if (next && next.lo >= h.lo && next.hi <= h.hi) return h;
    // Still growing after two rounds: widen to the next 32/53-bit bound and check that one.
    h = next && (round < 2 ? mk(next.lo, next.hi) : widen(h, next));
  }
  return undefined;
}

/**
 * The range of every value a never-shrinking order-free record holds (literal-sets.ts), read
 * through a present key: its initial values and every member write, by induction as for
 * variables. `r[k] = r[j] + e` (both keys present), `r[k] += e` and `r[k]++` step by `e` / 1.
 */
function recordValueRange(target: Node, inRange: ReadonlySet<Node>): IntRange | undefined {
  const sym = Node.isIdentifier(target) ? symbolOf(target) : undefined;
  const decl = sym?.getValueDeclaration();
  if (!sym || !Node.isVariableDeclaration(decl) || !recordKeys(target)) return undefined;
  const facts = factsFor(inRange);
  const done = facts.recordDone.get(sym);
  if (done !== undefined) return done ?? undefined;
  if (facts.recordAssumed.has(sym)) return facts.recordAssumed.get(sym) ?? undefined;
  const init = decl.getInitializer();
  if (!init || !Node.isObjectLiteralExpression(init) || --facts.budget < 0) return undefined;
  const initial = init.getProperties().map((p) => (Node.isPropertyAssignment(p) ? p.getInitializer() : Node.isShorthandPropertyAssignment(p) ? p.getNameNode() : undefined));
  if (initial.some((v) => !v)) return undefined;
  const writes = recordWritesOf(sym, decl, inRange);
  if (!writes) return undefined;
  const outermost = !rangeHypothesisActive(inRange);
  facts.recordAssumed.set(sym, null);
  let result: IntRange | undefined;
  try {
    const start = initial.length ? unionOfRanges(initial as Node[], inRange) : undefined;
    result = inductiveRange(start, writes, (h) => facts.recordAssumed.set(sym, h), inRange);
  } finally {
    facts.recordAssumed.delete(sym);
  }
  if (outermost) facts.recordDone.set(sym, result ?? null);
  return result;
}

/** Every member write of a record in its file (see recordValueRange), or null when one cannot be described. */
function recordWritesOf(sym: TsSymbol, decl: import("ts-morph").VariableDeclaration, inRange: ReadonlySet<Node>): Write[] | null {
  const writes: Write[] = [];
  let ok = true;
  const sameRecordRead = (n: Node) => {
    let e = n;
    while (Node.isParenthesizedExpression(e) || Node.isNonNullExpression(e)) e = e.getExpression();
    return (Node.isElementAccessExpression(e) || Node.isPropertyAccessExpression(e)) && symbolOf(e.getExpression()) === sym && isPresentKeyRead(e, inRange);
  };
  decl.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!(Node.isElementAccessExpression(n) || Node.isPropertyAccessExpression(n)) || symbolOf(n.getExpression()) !== sym || !isWriteTarget(n)) return;
    let top: Node = n;
    while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
    const p = top.getParent();
    if (Node.isBinaryExpression(p) && p.getLeft() === top) {
      const op = p.getOperatorToken().getKind();
      const v = p.getRight();
      let inner = v;
      while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
      const step = Node.isBinaryExpression(inner) && [SK.PlusToken, SK.MinusToken].includes(inner.getOperatorToken().getKind()) && sameRecordRead(inner.getLeft()) && kindOf(inner.getRight().getType()) === "number";
      if (op === SK.EqualsToken && step) writes.push({ stepBy: (inner as import("ts-morph").BinaryExpression).getRight(), sign: (inner as import("ts-morph").BinaryExpression).getOperatorToken().getKind() === SK.PlusToken ? 1 : -1, at: p });
      else if (op === SK.EqualsToken) writes.push({ value: v });
      else if ((op === SK.PlusEqualsToken || op === SK.MinusEqualsToken) && isPresentKeyRead(n, inRange) && kindOf(v.getType()) === "number") writes.push({ stepBy: v, sign: op === SK.PlusEqualsToken ? 1 : -1, at: p });
      else ok = false;
      return;
    }
    if ((Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) && isPresentKeyRead(n, inRange)) {
      writes.push({ by: p.getOperatorToken() === SK.PlusPlusToken ? 1 : -1, at: p });
      return;
    }
    ok = false;
  });
  return ok ? writes : null;
}

/**
 * A parameter of a module-private function declaration that is never written: the union of the
 * ranges of the arguments at every call (every use of the function's name must be a direct call
 * passing that argument; a recursive call gives up, as the parameter is still being proven).
 */
function parameterRange(sym: TsSymbol, decl: import("ts-morph").ParameterDeclaration, inRange: ReadonlySet<Node>): IntRange | undefined {
  const facts = factsFor(inRange);
  const fn = decl.getParent();
  const body = Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) ? fn.getBody() : undefined;
  if (!body) return undefined;
  let ok = true;
  body.forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n.getText() !== sym.getName() || symbolOf(n) !== sym) return;
    const p = n.getParent();
    if (isWrittenIdentifier(n) || inAssignmentPattern(n) || Node.isForOfStatement(p) || Node.isForInStatement(p)) ok = false;
  });
  const args = !ok ? undefined : Node.isMethodDeclaration(fn) ? methodArgumentsFor(fn, decl) : argumentsAtEveryCall(decl);
  if (!args || --facts.budget < 0) return undefined;
  const outermost = !rangeHypothesisActive(inRange);
  facts.assumed.set(sym, null);
  let result: IntRange | undefined;
  try {
    result = unionOfRanges(args, inRange);
  } finally {
    facts.assumed.delete(sym);
  }
  if (outermost) facts.done.set(sym, result ?? null);
  return result;
}

/** The argument for parameter `decl` (a plain required name) at every call of a closed class's method. */
function methodArgumentsFor(method: import("ts-morph").MethodDeclaration, decl: import("ts-morph").ParameterDeclaration): Node[] | undefined {
  if (!Node.isIdentifier(decl.getNameNode()) || decl.getInitializer() || decl.isRestParameter() || decl.hasQuestionToken()) return undefined;
  const index = method.getParameters().indexOf(decl);
  const lists = methodArguments(method);
  const args = lists?.map((l) => l[index]);
  return args && args.every((a) => !!a) ? (args as Node[]) : undefined;
}

function widen(h: IntRange, next: IntRange): IntRange | undefined {
  const his = [I32.hi, U32.hi, SAFE];
  const los = [0, I32.lo, -SAFE];
  const hi = next.hi > h.hi ? his.find((b) => b >= next.hi) : h.hi;
  const lo = next.lo < h.lo ? los.find((b) => b <= next.lo) : h.lo;
  return hi === undefined || lo === undefined ? undefined : { lo, hi };
}

/**
 * How the place `target` (a variable, or a field access `e.f`) is written by its parent
 * expression: a Write, undefined when the parent does not write it, null when the write cannot be
 * described (a destructuring default, `delete`, `&&=` …).
 */
function writeAt(target: Node): Write | null | undefined {
  let top: Node = target;
  while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
  const p = top.getParent();
  if (!p) return undefined;
  if (Node.isBinaryExpression(p) && p.getLeft() === top) {
    const op = p.getOperatorToken().getKind();
    if (!isAssignmentOperator(op)) return undefined;
    // `[x = 5] = arr`: a default inside a destructuring target; x may get arr[0] instead.
    if (inAssignmentPattern(p)) return null;
    if (op === SK.EqualsToken) return { value: p.getRight() };
    if ([SK.BarEqualsToken, SK.CaretEqualsToken, SK.LessThanLessThanEqualsToken, SK.GreaterThanGreaterThanEqualsToken, SK.AmpersandEqualsToken].includes(op)) return { range: I32 };
    if (op === SK.GreaterThanGreaterThanGreaterThanEqualsToken) return { range: U32 };
    if ((op === SK.PlusEqualsToken || op === SK.MinusEqualsToken) && kindOf(p.getRight().getType()) === "number") return { stepBy: p.getRight(), sign: op === SK.PlusEqualsToken ? 1 : -1, at: p };
    if (op === SK.PercentEqualsToken || op === SK.AsteriskEqualsToken) return { value: p };
    return null;
  }
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    const op = p.getOperatorToken();
    return op === SK.PlusPlusToken || op === SK.MinusMinusToken ? { by: op === SK.PlusPlusToken ? 1 : -1, at: p } : undefined;
  }
  // Destructuring / for-of targets, shorthand properties, `delete`: give up.
  if (inAssignmentPattern(top) || Node.isForOfStatement(p) || Node.isForInStatement(p) || Node.isDeleteExpression(p)) return null;
  return undefined;
}

/** Every write of a block-scoped variable in its file, or null when one cannot be described. */
function writesOf(sym: TsSymbol, decl: import("ts-morph").VariableDeclaration): Write[] | null {
  const list = decl.getParent();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.BlockScoped)) return null;
  if (!Node.isIdentifier(decl.getNameNode())) return null;
  const writes: Write[] = [];
  // A counting loop's variable: for (let i = <int>; i < bound; i++), the i++ being its only other write.
  const loop = list.getParent();
  let counterInc: Node | undefined;
  if (Node.isForStatement(loop) && loop.getInitializer() === list) {
    const cond = loop.getCondition();
    const inc = loop.getIncrementor();
    if (
      cond && inc && Node.isBinaryExpression(cond) &&
      [SK.LessThanToken, SK.LessThanEqualsToken].includes(cond.getOperatorToken().getKind()) &&
      Node.isIdentifier(cond.getLeft()) && cond.getLeft().getSymbol() === sym &&
      (((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) && inc.getOperatorToken() === SK.PlusPlusToken) ||
        (Node.isBinaryExpression(inc) && inc.getOperatorToken().getKind() === SK.PlusEqualsToken && Node.isIdentifier(inc.getLeft()) &&
          inc.getLeft().getSymbol() === sym && (literalValue(inc.getRight()) ?? 0) >= 1))
    ) {
      counterInc = inc;
      const step = Node.isBinaryExpression(inc) ? literalValue(inc.getRight())! : 1;
      writes.push({ counterBound: cond.getRight(), inclusive: cond.getOperatorToken().getKind() === SK.LessThanEqualsToken, step });
    }
  }
  let ok = true;
  decl.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || symbolOf(n) !== sym) return;
    const p = n.getParent();
    if (!p) return;
    if (p === counterInc) return;
    const w = writeAt(n);
    if (w === null) ok = false;
    else if (w) writes.push(w);
  });
  // Bounded by the loop condition only when the i++ is the one write after the declaration.
  if (counterInc && writes.length > 1) return null;
  return ok ? writes : null;
}
