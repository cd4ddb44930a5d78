/**
 * Generators: `function*` becomes a Python generator def wrapped by `tsmp_gen.gen_fn` (a JavaScript
 * generator object with `next(v)` → `{ value, done }` and `return(v)`), `yield x` is `(yield x)`,
 * `yield* g` is `(yield from delegate(g))`; for-of and spread iterate the object. What Python cannot
 * do the same way is refused: async generators, `throw()`, a `finally` around a `yield` (JavaScript
 * runs it as soon as a for-of stops early; MicroPython only when the generator is collected).
 */
import { Node, ts, type CallExpression, type Type } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { lowerExpr, paren } from "./expressions.ts";
import { codePointIterable } from "./utf16.ts";

const SK = ts.SyntaxKind;

/** A generator object (the type `function*` returns). */
export function isGeneratorType(type: Type): boolean {
  const t = type.getNonNullableType();
  const name = (t.getSymbol() ?? t.getAliasSymbol())?.getName();
  return name === "Generator";
}

export function isGeneratorNode(node: Node): boolean {
  return isGeneratorType(node.getType());
}

/** Yield expressions of a generator body (not those of nested functions). */
function ownYields(fn: Node): Node[] {
  const out: Node[] = [];
  fn.forEachDescendant((d, traversal) => {
    if (d !== fn && (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isClassDeclaration(d))) { traversal.skip(); return; }
    if (Node.isYieldExpression(d)) out.push(d);
    return undefined;
  });
  return out;
}

/** Refuses what a Python generator would not run the same way; returns the decorator to apply. */
export function generatorDecorator(ctx: LowerContext, fn: Node & { isAsync?(): boolean }): string {
  if (fn.isAsync?.()) ctx.refuse("generator", fn, "an async generator (async function*)");
  const yields = ownYields(fn);
  if (yields.length === 0) ctx.refuse("generator", fn, "a function* without yield");
  for (const y of yields) {
    for (const a of y.getAncestors()) {
      if (a === fn) break;
      const fin = Node.isTryStatement(a) ? a.getFinallyBlock() : undefined;
      if (fin && !fin.containsRange(y.getPos(), y.getEnd())) ctx.refuse("generator", y, "'yield' inside a try that has 'finally'");
    }
  }
  return `@${ctx.helper("gen_fn")}`;
}

/** `yield x`, `yield`, `yield* g`. */
export function lowerYield(ctx: LowerContext, node: Node): string {
  const y = node.asKindOrThrow(SK.YieldExpression);
  const e = y.getExpression();
  // yield* over a string yields its code points (a surrogate pair is one item), as for-of does
  if (y.getAsteriskToken()) return `(yield from ${ctx.helper("delegate")}(${codePointIterable(ctx, e!, lowerExpr(ctx, e!))}))`;
  return e ? `(yield ${lowerExpr(ctx, e)})` : "(yield)";
}

/** `g.next(v)` and `g.return(v)` on a generator object. */
export function generatorMethod(ctx: LowerContext, call: CallExpression, obj: string, name: string): string {
  const a = call.getArguments();
  const arg = a[0] ? lowerExpr(ctx, a[0]) : "";
  if (name === "next") return `${paren(obj)}.next(${arg})`;
  if (name === "return") return `${paren(obj)}.return_(${arg})`;
  return ctx.refuse("unsupportedMethod", call, "generators", name);
}

/**
 * for-of over a generator: JavaScript calls its return() when the loop is left early (break,
 * return, an exception), so the generator is finished afterwards; a Python for loop leaves it
 * suspended. That only shows when the generator is used again, so a fresh one (`for (x of gen())`)
 * runs as a plain for loop. A generator held in a variable gets return() on an exception (see
 * statements.ts), and leaving its loop by break/return is refused. Returns whether to guard.
 */
export function checkGeneratorLoop(ctx: LowerContext, loop: import("ts-morph").ForOfStatement): boolean {
  if (Node.isCallExpression(loop.getExpression())) return false;
  const body = loop.getStatement();
  const exit = [body, ...body.getDescendants()].find((d) => {
    if (Node.isReturnStatement(d)) return enclosingFunctionOutside(d, body);
    if (Node.isBreakStatement(d) || Node.isContinueStatement(d)) return leavesLoop(d, loop);
    return false;
  });
  if (exit) ctx.refuse("generator", exit, "leaving a for-of over a generator variable with break/return (loop over a fresh call instead: for (const x of gen()))");
  return true;
}

function isFunctionBoundary(n: Node): boolean {
  return Node.isFunctionLikeDeclaration(n) || Node.isArrowFunction(n) || Node.isClassDeclaration(n);
}

/** A return/throw that belongs to the function around the loop (not to a closure inside the body). */
function enclosingFunctionOutside(d: Node, body: Node): boolean {
  for (const a of d.getAncestors()) {
    if (a === body) return true;
    if (isFunctionBoundary(a)) return false;
  }
  return true;
}

/** A break/continue whose target is this loop (break) or a loop around it. */
function leavesLoop(d: Node, loop: Node): boolean {
  const label = (d as unknown as { getLabel(): Node | undefined }).getLabel()?.getText();
  for (const a of d.getAncestors()) {
    if (isFunctionBoundary(a)) return false;
    if (a === loop) return label !== undefined || Node.isBreakStatement(d);
    if (!label && (Node.isIterationStatement(a) || (Node.isSwitchStatement(a) && Node.isBreakStatement(d)))) return false;
    const p = a.getParent();
    if (label && Node.isLabeledStatement(p) && p.getLabel().getText() === label && a !== loop) return false;
  }
  return false;
}
