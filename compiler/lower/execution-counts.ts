/**
 * Execution counts: an upper bound on how many times an expression can run in a whole program
 * run, for the range proofs of accumulators (fast-paths.ts): `sum += v` with v in [a, b] that runs
 * at most K times stays within K·min(a, 0) … K·max(b, 0) of its other values.
 *
 * Module code runs once. An enclosing `for (let i = <int>; i < <int>; i++)` whose counter the body
 * never writes multiplies by its iteration count; conditions only lower the count. Any other loop
 * (while, for-of, do) or a function expression (a callback may run any number of times) gives
 * up. The body of a module function or of a closed class's method or constructor runs once per
 * call: the sum of the bounds of every call site (each use of its name must be a direct call;
 * recursion gives up).
 */
import { Node } from "ts-morph";
import { iterationCount } from "./push-built-arrays.ts";
import { referencedSymbol, valueDeclarations } from "./references.ts";
import { closedFamilyOf, programFiles } from "./closed-classes.ts";
import { constructions, memberDeclOf } from "./class-fields.ts";

/** Bounds above this are as good as none (their products would leave the safe ints). */
const LIMIT = 2 ** 40;

const cache = new WeakMap<Node, number | null>();
const busy = new Set<Node>();

/** At most how many times `node` runs in a program run, or undefined when unbounded or unknown. */
export function executionBound(node: Node): number | undefined {
  let count = 1;
  for (let cur: Node | undefined = node.getParent(), child: Node = node; cur; child = cur, cur = cur.getParent()) {
    if (Node.isSourceFile(cur)) return count;
    if (Node.isForStatement(cur)) {
      // The initializer runs once; the condition, body and incrementor once per iteration.
      if (child === cur.getInitializer()) continue;
      const n = iterationCount(cur);
      if (n === undefined) return undefined;
      count *= n + 1;
    } else if (Node.isIterationStatement(cur)) {
      return undefined;
    } else if (Node.isFunctionDeclaration(cur) || Node.isMethodDeclaration(cur) || Node.isConstructorDeclaration(cur)) {
      const calls = callCount(cur);
      return calls === undefined ? undefined : bounded(count * calls);
    } else if (Node.isFunctionLikeDeclaration(cur) || Node.isArrowFunction(cur) || Node.isFunctionExpression(cur) || Node.isClassStaticBlockDeclaration(cur)) {
      return undefined;
    } else if (Node.isPropertyDeclaration(cur) && !cur.isStatic()) {
      // A field initializer runs once per `new`: as the constructor's body would.
      const cls = cur.getParent();
      const made = Node.isClassDeclaration(cls) ? constructionCount(cls) : undefined;
      return made === undefined ? undefined : bounded(count * made);
    }
    if (count > LIMIT) return undefined;
  }
  return undefined;
}

function bounded(n: number): number | undefined {
  return n <= LIMIT ? n : undefined;
}

/** How many times a function, method or constructor can be called, or undefined. */
function callCount(fn: Node): number | undefined {
  const known = cache.get(fn);
  if (known !== undefined) return known ?? undefined;
  if (busy.has(fn)) return undefined; // recursion
  busy.add(fn);
  let r: number | undefined;
  try {
    r = countCalls(fn);
  } finally {
    busy.delete(fn);
  }
  cache.set(fn, r ?? null);
  return r;
}

function countCalls(fn: Node): number | undefined {
  if (Node.isFunctionDeclaration(fn)) {
    if (fn.isExported() || fn.isDefaultExport() || fn.isAsync() || fn.isGenerator()) return undefined;
    const sym = fn.getSymbol();
    if (!sym || valueDeclarations(sym).length !== 1) return undefined;
    return sumOverUses(fn, sym.getName(), (id) => referencedSymbol(id) === sym, (id) => {
      const call = id.getParent();
      return Node.isCallExpression(call) && call.getExpression() === id ? call : undefined;
    });
  }
  const cls = fn.getParent();
  if (!Node.isClassDeclaration(cls) || !closedFamilyOf(cls)) return undefined;
  if (Node.isConstructorDeclaration(fn)) return constructionCount(cls);
  if (!Node.isMethodDeclaration(fn) || fn.isStatic() || fn.isAsync() || fn.isGenerator()) return undefined;
  // Overrides run through the base method's calls too: only a name declared once in the family.
  const family = closedFamilyOf(cls)!;
  const name = fn.getName();
  if ([...family].some((c) => c.getMembers().some((m) => m !== fn && (m as Node & { getName?(): string }).getName?.() === name))) return undefined;
  return sumOverUses(fn, name, (id) => memberDeclOf(id) === fn, (id) => {
    const access = id.getParent();
    const call = access?.getParent();
    return Node.isPropertyAccessExpression(access) && access.getNameNode() === id && Node.isCallExpression(call) && call.getExpression() === access ? call : undefined;
  });
}

/** How many instances of a closed class with no subclass can be made: the bounds of its `new C(…)` sites, summed. */
function constructionCount(cls: import("ts-morph").ClassDeclaration): number | undefined {
  const family = closedFamilyOf(cls);
  const news = family && family.size === 1 ? constructions(cls, family) : undefined;
  if (!news) return undefined;
  let total = 0;
  for (const n of news) {
    const b = executionBound(n);
    if (b === undefined || (total += b) > LIMIT) return undefined;
  }
  return total;
}

/**
 * The sum of the execution bounds of the uses of `decl` (`refersToIt`; its own name aside) in the
 * program: `site(id)` maps a use to the node that runs (a call), undefined for a use that is no
 * call (then no bound).
 */
function sumOverUses(decl: Node, name: string, refersToIt: (id: Node) => boolean, site: (id: Node) => Node | undefined): number | undefined {
  let total = 0;
  const nameNode = (decl as Node & { getNameNode?(): Node | undefined }).getNameNode?.();
  for (const file of programFiles(decl)) {
    for (const id of file.getDescendants()) {
      if (!(Node.isIdentifier(id) || Node.isPrivateIdentifier(id)) || id === nameNode || id.getText() !== name || !refersToIt(id)) continue;
      const s = site(id);
      const n = s && executionBound(s);
      if (n === undefined) return undefined;
      total += n;
      if (total > LIMIT) return undefined;
    }
  }
  return total;
}
