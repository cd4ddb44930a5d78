/**
 * Literal sets: an expression whose value is always one of a known set of strings (never
 * undefined), proven from the program itself rather than trusted from its type (a `!` or a cast
 * can put undefined where TypeScript sees `"idle" | "fault"`).
 *
 * Proven: string literals, `?:` of proven sets, in-bounds reads of a never-changing `const` array
 * of proven elements, `let`/`const` variables whose every write (by `=` only) is proven (by
 * induction, as for integer ranges), parameters of a non-exported function whose every use is a
 * direct call (the union of the arguments), and calls of a module function whose every `return`
 * is proven and that cannot end without one: its last statement returns or throws, or is an `if`
 * whose branches both do, or a `switch` on a proven set with a case for each of its strings, no
 * `break`, and every clause ending in a return or throw (or falling into the next).
 *
 * Used for records: `r[k]` of a `const` order-free record (order-free-records.ts) that never
 * loses a key, with `k` proven to be one of its initial keys, is a plain `r[k]` (present: no
 * undefined, no NaN default), and its value has the record's value range (fast-paths.ts).
 */
import { Node, ts, type Symbol as TsSymbol } from "ts-morph";
import { isOrderFreeRecord } from "./order-free-records.ts";
import { argumentsAtEveryCall, calledFunctionReturns, referencedSymbol, valueDeclarations } from "./references.ts";
import { fixedLengthOf, inBoundsRead, rangeHypothesisActive } from "./fast-paths.ts";

const SK = ts.SyntaxKind;
/** Sets larger than this are not worth proving (and keep the fixpoint short). */
const MAX_SET = 64;

interface SetFacts {
  done: Map<TsSymbol, ReadonlySet<string> | null>;
  assumed: Map<TsSymbol, ReadonlySet<string> | null>;
  budget: number;
}
const factsByLowering = new WeakMap<ReadonlySet<Node>, SetFacts>();

function factsFor(inRange: ReadonlySet<Node>): SetFacts {
  let f = factsByLowering.get(inRange);
  if (!f) factsByLowering.set(inRange, (f = { done: new Map(), assumed: new Map(), budget: 2000 }));
  return f;
}

function union(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (!a || !b) return undefined;
  const u = new Set([...a, ...b]);
  return u.size <= MAX_SET ? u : undefined;
}

function unionOf(nodes: Node[], inRange: ReadonlySet<Node>): ReadonlySet<string> | undefined {
  let s: ReadonlySet<string> | undefined = new Set();
  for (const n of nodes) s = s && union(s, literalSetOf(n, inRange));
  return s;
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

/** The strings `node` can evaluate to, or undefined when not proven (see the file comment). */
export function literalSetOf(node: Node, inRange: ReadonlySet<Node> = new Set()): ReadonlySet<string> | undefined {
  let n = node;
  while (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n)) n = n.getExpression();
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return new Set([n.getLiteralValue()]);
  if (Node.isConditionalExpression(n)) return union(literalSetOf(n.getWhenTrue(), inRange), literalSetOf(n.getWhenFalse(), inRange));
  if (Node.isElementAccessExpression(n)) {
    const target = n.getExpression();
    if (fixedLengthOf(target) === undefined || !inBoundsRead(n, inRange)) return undefined;
    const decl = Node.isIdentifier(target) ? target.getSymbol()?.getValueDeclaration() : undefined;
    let init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    while (init && (Node.isParenthesizedExpression(init) || Node.isAsExpression(init))) init = init.getExpression();
    return init && Node.isArrayLiteralExpression(init) ? unionOf(init.getElements(), inRange) : undefined;
  }
  if (Node.isIdentifier(n)) {
    const sym = referencedSymbol(n);
    return sym ? symbolSet(sym, inRange) : undefined;
  }
  if (Node.isCallExpression(n)) return returnSet(n, inRange);
  return undefined;
}

function symbolSet(sym: TsSymbol, inRange: ReadonlySet<Node>): ReadonlySet<string> | undefined {
  const facts = factsFor(inRange);
  const done = facts.done.get(sym);
  if (done !== undefined) return done ?? undefined;
  if (facts.assumed.has(sym)) return facts.assumed.get(sym) ?? undefined;
  const decls = valueDeclarations(sym);
  const decl = decls[0];
  if (decls.length !== 1 || !decl || --facts.budget < 0) return undefined;
  let sources: Node[] | undefined;
  let first: ReadonlySet<string> | undefined;
  if (Node.isVariableDeclaration(decl)) {
    const list = decl.getParent();
    const init = decl.getInitializer();
    if (!init || !Node.isIdentifier(decl.getNameNode()) || !Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.BlockScoped)) return undefined;
    sources = assignedValues(sym, decl.getNameNode(), decl.getSourceFile());
    first = sources && literalSetOf(init, inRange);
  } else if (Node.isParameterDeclaration(decl)) {
    sources = callArguments(decl);
    first = sources && new Set();
  }
  if (!sources || !first) return undefined;
  // Found under a hypothesis (of this proof or of an integer range one): not final, not kept.
  const outermost = facts.assumed.size === 0 && !rangeHypothesisActive(inRange);
  let result: ReadonlySet<string> | undefined;
  try {
    // Grow the hypothesis until every write stays inside it (sets only grow, at most MAX_SET times).
    let h: ReadonlySet<string> | undefined = first;
    while (h) {
      facts.assumed.set(sym, h);
      const next = union(h, unionOf(sources, inRange));
      if (next && next.size === h.size) {
        result = h;
        break;
      }
      h = next;
    }
  } finally {
    facts.assumed.delete(sym);
  }
  if (outermost) facts.done.set(sym, result ?? null);
  return result;
}

/** The values of every `x = v` of a variable in its file, or undefined when it is written any other way. */
function assignedValues(sym: TsSymbol, nameNode: Node, file: Node): Node[] | undefined {
  const values: Node[] = [];
  let ok = true;
  file.forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === nameNode || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
    let top: Node = n;
    while (Node.isParenthesizedExpression(top.getParent())) top = top.getParent()!;
    const p = top.getParent();
    if (Node.isBinaryExpression(p) && p.getLeft() === top) {
      const op = p.getOperatorToken().getKind();
      if (op === SK.EqualsToken) values.push(p.getRight());
      else if (op >= SK.FirstAssignment && op <= SK.LastAssignment) ok = false;
      return;
    }
    if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
      const op = p.getOperatorToken();
      if (op === SK.PlusPlusToken || op === SK.MinusMinusToken) ok = false;
      return;
    }
    // Destructuring and for-of / for-in targets, shorthand properties that may be targets.
    if (
      Node.isArrayLiteralExpression(p) || Node.isSpreadElement(p) || Node.isForOfStatement(p) || Node.isForInStatement(p) ||
      Node.isShorthandPropertyAssignment(p) || (Node.isPropertyAssignment(p) && p.getInitializer() === top)
    ) ok = false;
  });
  return ok ? values : undefined;
}

/** The argument at a parameter's position in every call of its non-exported function, or undefined. */
function callArguments(decl: import("ts-morph").ParameterDeclaration): Node[] | undefined {
  const nameNode = decl.getNameNode();
  const paramSymbol = nameNode.getSymbol();
  const fn = decl.getParent();
  const body = Node.isFunctionDeclaration(fn) ? fn.getBody() : undefined;
  // The parameter itself is never written.
  if (!paramSymbol || !body || assignedValues(paramSymbol, nameNode, body)?.length !== 0) return undefined;
  return argumentsAtEveryCall(decl);
}

const returnsBeingProven = new Set<TsSymbol>();

/** A direct call of a module function that always returns a proven string (see the file comment). */
function returnSet(call: import("ts-morph").CallExpression, inRange: ReadonlySet<Node>): ReadonlySet<string> | undefined {
  const called = calledFunctionReturns(call);
  if (!called || returnsBeingProven.has(called.sym) || --factsFor(inRange).budget < 0) return undefined;
  const { sym, body, values } = called;
  returnsBeingProven.add(sym);
  try {
    const last = body.getStatements().at(-1);
    return last && endsAbruptly(last, inRange) ? unionOf(values, inRange) : undefined;
  } finally {
    returnsBeingProven.delete(sym);
  }
}

/** Whether running `stmt` always ends in a return or throw (never completes normally). */
function endsAbruptly(stmt: Node, inRange: ReadonlySet<Node>): boolean {
  if (Node.isReturnStatement(stmt) || Node.isThrowStatement(stmt)) return true;
  if (Node.isBlock(stmt)) {
    const last = stmt.getStatements().at(-1);
    return !!last && endsAbruptly(last, inRange);
  }
  if (Node.isIfStatement(stmt)) {
    const otherwise = stmt.getElseStatement();
    return !!otherwise && endsAbruptly(stmt.getThenStatement(), inRange) && endsAbruptly(otherwise, inRange);
  }
  if (Node.isSwitchStatement(stmt)) {
    const clauses = stmt.getClauses();
    const last = clauses.at(-1);
    if (!last) return false;
    let hasBreak = false;
    stmt.getCaseBlock().forEachDescendant((n, traversal) => {
      if (Node.isFunctionLikeDeclaration(n) || Node.isArrowFunction(n) || Node.isFunctionExpression(n)) { traversal.skip(); return; }
      if (Node.isBreakStatement(n)) hasBreak = true;
    });
    if (hasBreak) return false;
    // Each clause ends in a return or throw, or is empty and falls into the next; the last one ends.
    const clausesEnd = clauses.every((c, i) => {
      const body = c.getStatements();
      const end = body.at(-1);
      return end ? endsAbruptly(end, inRange) : i < clauses.length - 1;
    });
    if (!clausesEnd) return false;
    if (clauses.some((c) => Node.isDefaultClause(c))) return true;
    const labels = new Set<string>();
    for (const c of clauses) {
      const e = Node.isCaseClause(c) ? c.getExpression() : undefined;
      if (!e || !(Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e))) return false;
      labels.add(e.getLiteralValue());
    }
    const d = literalSetOf(stmt.getExpression(), inRange);
    return !!d && isSubset(d, labels);
  }
  return false;
}

/**
 * `r[k]` / `r.k` of a `const` order-free record literal that never loses a key (no `delete`), `k`
 * proven to be one of the literal's keys: the key is present, so the read is `r[k]` and its
 * value is one the record holds (never undefined).
 */
export function isPresentKeyRead(n: Node, inRange: ReadonlySet<Node> = new Set()): boolean {
  if (!Node.isElementAccessExpression(n) && !Node.isPropertyAccessExpression(n)) return false;
  if (n.getQuestionDotTokenNode()) return false;
  const keys = recordKeys(n.getExpression());
  if (!keys) return false;
  if (Node.isPropertyAccessExpression(n)) return keys.has(n.getName());
  const arg = n.getArgumentExpression();
  const set = arg && literalSetOf(arg, inRange);
  return !!set && isSubset(set, keys);
}

const keysCache = new WeakMap<Node, ReadonlySet<string> | null>();

/** The initial keys of a never-shrinking order-free record held in `target`, or undefined. */
export function recordKeys(target: Node): ReadonlySet<string> | undefined {
  if (!Node.isIdentifier(target)) return undefined;
  const sym = referencedSymbol(target);
  const decl = sym?.getValueDeclaration();
  if (!sym || !decl || !Node.isVariableDeclaration(decl) || !isOrderFreeRecord(decl)) return undefined;
  const cached = keysCache.get(decl);
  if (cached !== undefined) return cached ?? undefined;
  const init = decl.getInitializerOrThrow();
  const keys = new Set<string>();
  if (Node.isObjectLiteralExpression(init)) {
    for (const p of init.getProperties()) {
      if (Node.isPropertyAssignment(p)) {
        const name = p.getNameNode();
        keys.add(Node.isStringLiteral(name) ? name.getLiteralValue() : name.getText());
      } else if (Node.isShorthandPropertyAssignment(p)) keys.add(p.getName());
    }
    // `__proto__: v` in a literal sets the prototype, it makes no key.
    keys.delete("__proto__");
  }
  let ok = true;
  decl.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (Node.isDeleteExpression(n)) {
      const strip = (x: Node): Node => (Node.isParenthesizedExpression(x) || Node.isNonNullExpression(x) ? strip(x.getExpression()) : x);
      const e = strip(n.getExpression());
      if ((Node.isElementAccessExpression(e) || Node.isPropertyAccessExpression(e)) && referencedSymbol(strip(e.getExpression())) === sym) ok = false;
    }
  });
  keysCache.set(decl, ok ? keys : null);
  return ok ? keys : undefined;
}
