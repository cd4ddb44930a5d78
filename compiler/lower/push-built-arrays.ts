/**
 * Arrays built by `push` in counted loops: a lower bound on their length at a read, and the range
 * of their elements, so `table[x & 0xff]` after `for (let n = 0; n < 256; n++) table.push(…)` is a
 * plain Python index.
 *
 * The array is a non-exported `const X: T[] = []` whose every use in its file is an element read
 * `X[…]` (never written), `X.length` (never written), a copy `[...X]`, a for-of over it, a call of a method that
 * only reads it without callbacks (slice, indexOf, includes, join, concat, at) or a call
 * `X.push(v)` of one non-spread argument: nothing can shrink it, alias it or store into it. A builder loop is a
 * `for (let n = <int>; n < <int> (or <=); n++)` in the same statement list as the declaration,
 * with `X.push(v)` as a top-level statement of its body, nothing in the body able to skip that
 * statement (no break/continue of this loop, no return, no labels) and `n` not written in the
 * body: when the loop has finished, each iteration pushed once. A read is after a builder loop
 * when the statement of that list holding it comes after the loop; a read inside a (hoisted)
 * function declaration of the list counts when every use of the function's name is itself after
 * the loop (an exported function could be called from elsewhere first: never; nor an array
 * exported by an `export { … }` list).
 */
import { Node, ts, type Symbol as TsSymbol, type VariableDeclaration, type ForStatement } from "ts-morph";
import { isAssignmentOperator } from "./operators.ts";
import { kindOf } from "./types.ts";
import { exportedByName, isWriteTarget, referencedSymbol } from "./references.ts";

const SK = ts.SyntaxKind;

interface PushBuilt {
  /** The statement list holding the declaration and the builder loops. */
  container: Node;
  /** Builder loops with the number of elements each one pushes. */
  loops: { loop: ForStatement; count: number }[];
  /** Every pushed value (their ranges bound the elements). */
  values: Node[];
}

/** Methods that read an array without calling back into user code with it or changing it. */
export const COPYING_METHODS = new Set(["slice", "indexOf", "lastIndexOf", "includes", "join", "concat", "at"]);

const cache = new WeakMap<TsSymbol, PushBuilt | null>();


function intLiteral(n: Node | undefined): number | undefined {
  if (!n || !Node.isNumericLiteral(n)) return undefined;
  const v = Number(n.getText().replace(/_/g, ""));
  return Number.isInteger(v) && Math.abs(v) <= 2 ** 30 ? v : undefined;
}

const isFunctionLike = (n: Node) =>
  Node.isFunctionDeclaration(n) || Node.isFunctionExpression(n) || Node.isArrowFunction(n) || Node.isMethodDeclaration(n) ||
  Node.isConstructorDeclaration(n) || Node.isGetAccessorDeclaration(n) || Node.isSetAccessorDeclaration(n) || Node.isClassStaticBlockDeclaration(n);

/** Whether nothing in a loop body can skip one of its top-level statements (other than throwing). */
function bodyRunsToEnd(loop: ForStatement): boolean {
  let ok = true;
  loop.getStatement().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (isFunctionLike(n)) { traversal.skip(); return; }
    if (Node.isLabeledStatement(n) || Node.isReturnStatement(n)) ok = false;
    else if (Node.isBreakStatement(n) || Node.isContinueStatement(n)) {
      if (n.getLabel()) ok = false;
      // Unlabeled: fine only when it belongs to a loop (or, for break, a switch) nested in the body.
      let cur: Node | undefined = n.getParent();
      let owned = false;
      while (cur && cur !== loop) {
        if (Node.isIterationStatement(cur) || (Node.isBreakStatement(n) && Node.isSwitchStatement(cur))) {
          owned = true;
          break;
        }
        cur = cur.getParent();
      }
      if (!owned) ok = false;
    }
  });
  return ok;
}

/** How many times a `for (let n = a; n < b; n++)` body runs to its end, or undefined. */
export function iterationCount(loop: ForStatement): number | undefined {
  const init = loop.getInitializer();
  const cond = loop.getCondition();
  const inc = loop.getIncrementor();
  if (!init || !cond || !inc || !Node.isVariableDeclarationList(init) || !(init.getFlags() & ts.NodeFlags.Let)) return undefined;
  const decls = init.getDeclarations();
  if (decls.length !== 1) return undefined;
  const name = decls[0]!.getNameNode();
  const start = intLiteral(decls[0]!.getInitializer());
  if (!Node.isIdentifier(name) || start === undefined) return undefined;
  const counter = name.getSymbol();
  if (!counter || !Node.isBinaryExpression(cond)) return undefined;
  const op = cond.getOperatorToken().getKind();
  const end = intLiteral(cond.getRight());
  if (end === undefined || !Node.isIdentifier(cond.getLeft()) || cond.getLeft().getSymbol() !== counter) return undefined;
  if (op !== SK.LessThanToken && op !== SK.LessThanEqualsToken) return undefined;
  const incOk =
    ((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) && inc.getOperatorToken() === SK.PlusPlusToken &&
      Node.isIdentifier(inc.getOperand()) && inc.getOperand().getSymbol() === counter) ||
    (Node.isBinaryExpression(inc) && inc.getOperatorToken().getKind() === SK.PlusEqualsToken && intLiteral(inc.getRight()) === 1 &&
      Node.isIdentifier(inc.getLeft()) && inc.getLeft().getSymbol() === counter);
  if (!incOk) return undefined;
  let written = false;
  loop.getStatement().forEachDescendant((n, traversal) => {
    if (written) return traversal.stop();
    if (Node.isIdentifier(n) && referencedSymbol(n) === counter && isWriteTarget(n)) written = true;
  });
  if (written) return undefined;
  return Math.max(0, end - start + (op === SK.LessThanEqualsToken ? 1 : 0));
}

/** The `X.push(v)` top-level statements of a loop body. */
function topLevelPushes(loop: ForStatement, sym: TsSymbol): Node[] {
  const body = loop.getStatement();
  const stmts = Node.isBlock(body) ? body.getStatements() : [body];
  const out: Node[] = [];
  for (const s of stmts) {
    if (!Node.isExpressionStatement(s)) continue;
    const call = s.getExpression();
    if (!Node.isCallExpression(call)) continue;
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === "push" && Node.isIdentifier(callee.getExpression()) && callee.getExpression().getSymbol() === sym) {
      out.push(call);
    }
  }
  return out;
}

function analyse(sym: TsSymbol): PushBuilt | undefined {
  const decls = sym.getDeclarations();
  const decl = decls[0];
  if (decls.length !== 1 || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const list = decl.getParent();
  const stmt = list?.getParent();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || !Node.isVariableStatement(stmt) || stmt.isExported()) return undefined;
  if (exportedByName(decl.getSourceFile(), sym.getName())) return undefined;
  const container = stmt.getParent();
  if (!container || !(Node.isSourceFile(container) || Node.isBlock(container))) return undefined;
  const init = (decl as VariableDeclaration).getInitializer();
  if (!init || !Node.isArrayLiteralExpression(init) || init.getElements().length !== 0 || kindOf(decl.getType()) !== "array") return undefined;
  const values = readOnlyUses(sym, decl as VariableDeclaration);
  if (!values) return undefined;
  const stmts = (container as Node & { getStatements(): Node[] }).getStatements();
  const loops: PushBuilt["loops"] = [];
  for (const s of stmts.slice(stmts.indexOf(stmt) + 1)) {
    if (!Node.isForStatement(s) || !topLevelPushes(s, sym).length || !bodyRunsToEnd(s)) continue;
    const count = iterationCount(s);
    if (count !== undefined) loops.push({ loop: s, count: count * topLevelPushes(s, sym).length });
  }
  return loops.length ? { container, loops, values } : undefined;
}

const elementCache = new WeakMap<TsSymbol, Node[] | null>();

/**
 * Every value an element of a non-exported `const X` array can be, when X is only read, pushed
 * to, copied or searched (as for push-built arrays, any builder loops aside): the initializer's
 * elements and every pushed value, or for `const X = Y.map((y) => e)` (after any `.filter`), e.
 */
export function elementValues(target: Node): Node[] | undefined {
  if (!Node.isIdentifier(target)) return undefined;
  const sym = target.getSymbol();
  if (!sym) return undefined;
  const cached = elementCache.get(sym);
  if (cached !== undefined) return cached ?? undefined;
  let values: Node[] | undefined;
  const decl = sym.getDeclarations()[0];
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const uses = init && sym.getDeclarations().length === 1 ? readOnlyUses(sym, decl as VariableDeclaration) : undefined;
  if (init && uses) {
    if (Node.isArrayLiteralExpression(init) && init.getElements().every((e) => !Node.isSpreadElement(e) && !Node.isOmittedExpression(e))) values = [...init.getElements(), ...uses];
    else if (Node.isCallExpression(init)) {
      const callee = init.getExpression();
      const fn = init.getArguments()[0];
      const body = Node.isArrowFunction(fn) ? fn.getBody() : undefined;
      if (Node.isPropertyAccessExpression(callee) && callee.getName() === "map" && kindOf(callee.getExpression().getType()) === "array" && init.getArguments().length === 1 && body && !Node.isBlock(body)) values = [body, ...uses];
    }
  }
  elementCache.set(sym, values ?? null);
  return values;
}

/**
 * The pushed values of a non-exported `const X` whose every use in its file is a read, a copy, a
 * reading method or a `push` of single values; undefined when some use may change it otherwise.
 */
function readOnlyUses(sym: TsSymbol, decl: VariableDeclaration): Node[] | undefined {
  const list = decl.getParent();
  const stmt = list?.getParent();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || !Node.isVariableStatement(stmt) || stmt.isExported()) return undefined;
  if (exportedByName(decl.getSourceFile(), sym.getName()) || kindOf(decl.getType()) !== "array") return undefined;
  const values: Node[] = [];
  let ok = true;
  decl.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
    const pushed = readOrPush(n);
    if (pushed === undefined) ok = false;
    else values.push(...pushed);
  });
  return ok ? values : undefined;
}

/**
 * A use `n` of an array that only reads it ([] of its values), pushes one value ([v]), or anything
 * else (undefined): element reads, `.length`, copies `[...X]`, reading methods, for-of.
 */
function readOrPush(n: Node): Node[] | undefined {
  const p = n.getParent();
  if (Node.isElementAccessExpression(p) && p.getExpression() === n && !p.getQuestionDotTokenNode() && !isWriteTarget(p)) return [];
  if (Node.isSpreadElement(p) && Node.isArrayLiteralExpression(p.getParent()) && !isWriteTarget(p.getParent()!)) return [];
  if (Node.isForOfStatement(p) && p.getExpression() === n) return [];
  if (Node.isPropertyAccessExpression(p) && p.getExpression() === n && !p.getQuestionDotTokenNode()) {
    if (p.getName() === "length" && !isWriteTarget(p)) return [];
    const call = p.getParent();
    const called = Node.isCallExpression(call) && call.getExpression() === p ? call : undefined;
    if (called && COPYING_METHODS.has(p.getName())) return [];
    if (called && p.getName() === "push" && called.getArguments().length === 1 && !Node.isSpreadElement(called.getArguments()[0]!)) return [called.getArguments()[0]!];
  }
  return undefined;
}

function pushBuilt(sym: TsSymbol): PushBuilt | undefined {
  const cached = cache.get(sym);
  if (cached !== undefined) return cached ?? undefined;
  const r = analyse(sym);
  cache.set(sym, r ?? null);
  return r;
}

/** Whether `node` can only run after the statement at `index` of `container` has completed. */
function runsAfter(node: Node, container: Node, index: number, depth: number): boolean {
  let cur: Node = node;
  while (cur.getParent() && cur.getParent() !== container) cur = cur.getParent()!;
  if (cur.getParent() !== container) return false;
  const stmts = (container as Node & { getStatements(): Node[] }).getStatements();
  const at = stmts.indexOf(cur);
  if (!Node.isFunctionDeclaration(cur)) return at > index;
  // A hoisted function: it runs after the loop when every use of its name comes after it.
  if (depth > 3 || cur.isExported() || cur.isDefaultExport() || exportedByName(cur.getSourceFile(), cur.getName() ?? "")) return false;
  const fnName = cur.getNameNode();
  const fnSym = fnName?.getSymbol();
  if (!fnName || !fnSym || fnSym.getDeclarations().length !== 1) return false;
  const fn = cur;
  let ok = true;
  let used = false;
  fn.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === fnName || n.getText() !== fnSym.getName() || referencedSymbol(n) !== fnSym) return;
    used = true;
    if (n.getAncestors().includes(fn)) return; // recursion: it is already running
    if (!runsAfter(n, container, index, depth + 1)) ok = false;
  });
  return ok && used;
}

/**
 * A lower bound on the length of the push-built array `target` (an identifier) when `read` runs:
 * the elements pushed by the builder loops that have finished by then.
 */
export function minLengthAt(target: Node, read: Node): number | undefined {
  if (!Node.isIdentifier(target)) return undefined;
  const sym = target.getSymbol();
  const built = sym && pushBuilt(sym);
  if (!built) return undefined;
  const stmts = (built.container as Node & { getStatements(): Node[] }).getStatements();
  let total = 0;
  for (const { loop, count } of built.loops) if (runsAfter(read, built.container, stmts.indexOf(loop), 0)) total += count;
  return total || undefined;
}

/** The pushed values of a push-built array (every element is one of them), or undefined. */
export function pushedValues(target: Node): Node[] | undefined {
  if (!Node.isIdentifier(target)) return undefined;
  const sym = target.getSymbol();
  return sym ? pushBuilt(sym)?.values : undefined;
}
