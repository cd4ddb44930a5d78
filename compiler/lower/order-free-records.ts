/**
 * Plain objects whose key order nothing can observe, kept as a Python dict literal instead of an
 * OrderedDict (`obj(...)`): cheaper to build, smaller on the heap, no tsmp_collections import.
 *
 * JavaScript objects keep insertion order, which shows in Object.keys/values/entries, for-in,
 * JSON.stringify, console.log, spreading, and anywhere the object is passed on. A `const` bound to
 * an object literal (plain keys, no spreads, methods or accessors) whose every use is reading,
 * writing or deleting a member (`o.k`, `o[k]`, `o[k] = v`, `o[k] += 1`, `k in o`) or counting its
 * keys (`Object.keys(o).length`, which is then `len(o)`) never shows its order, so a dict (unordered
 * in MicroPython) is exact for it.
 */
import { Node, ts } from "ts-morph";
import { isExportedVariable, isLibGlobal, referencedSymbol } from "./references.ts";
import { kindOf } from "./types.ts";

const SK = ts.SyntaxKind;

const cache = new WeakMap<Node, boolean>();

function memberUseOnly(ref: Node): boolean {
  let top: Node = ref;
  while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
  const p = top.getParent();
  if (Node.isPropertyAccessExpression(p) && p.getExpression() === top) {
    // Not a call through the member (`o.f()` would bind `this` to o).
    const q = p.getParent();
    return !(Node.isCallExpression(q) && q.getExpression() === p);
  }
  if (Node.isElementAccessExpression(p) && p.getExpression() === top) {
    const q = p.getParent();
    return !(Node.isCallExpression(q) && q.getExpression() === p);
  }
  if (Node.isBinaryExpression(p)) return p.getOperatorToken().getKind() === SK.InKeyword && p.getRight() === top;
  // Object.keys(o).length (or values/entries): how many keys, not their order.
  return countOf(p) !== undefined;
}

/** For `Object.keys(o)` / `values` / `entries` whose only use is `.length`: o. */
function countOf(call: Node | undefined): Node | undefined {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !isLibGlobal(callee.getExpression(), "Object") || !["keys", "values", "entries"].includes(callee.getName())) return undefined;
  const p = call.getParent();
  return Node.isPropertyAccessExpression(p) && p.getExpression() === call && p.getName() === "length" ? call.getArguments()[0] : undefined;
}

/** `Object.keys(o)` (values, entries) read only for its `.length`, o an order-free record: o. */
export function countedRecord(call: Node): Node | undefined {
  const o = countOf(call);
  const decl = o && Node.isIdentifier(o) ? o.getSymbol()?.getDeclarations()[0] : undefined;
  return decl && isOrderFreeRecord(decl) ? o : undefined;
}

/** A non-exported `const` declared once with an initializer: its name and initializer. */
function constVariable(decl: Node): { name: Node; init: Node } | undefined {
  if (!Node.isVariableDeclaration(decl)) return undefined;
  const list = decl.getParent();
  const init = decl.getInitializer();
  const name = decl.getNameNode();
  const sym = Node.isIdentifier(name) ? name.getSymbol() : undefined;
  if (!sym || sym.getDeclarations().length !== 1 || !init || !Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Const) || isExportedVariable(decl)) return undefined;
  return { name, init };
}

/** Whether `test` holds for every use (its declaration's name aside) of the variable named by `name`, in its file. */
function everyUse(name: Node, test: (ref: Node) => boolean): boolean {
  const sym = name.getSymbol();
  if (!sym) return false;
  let ok = true;
  name.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === name || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
    if (!test(n)) ok = false;
  });
  return ok;
}

/** Whether the variable declaration `decl` is an order-free record (see the file comment). */
export function isOrderFreeRecord(decl: Node): boolean {
  const known = cache.get(decl);
  if (known !== undefined) return known;
  const v = constVariable(decl);
  const ok =
    !!v && Node.isObjectLiteralExpression(v.init) && kindOf((decl as import("ts-morph").VariableDeclaration).getType()) === "record" &&
    isPlainLiteral(v.init) && everyUse(v.name, memberUseOnly);
  cache.set(decl, ok);
  return ok;
}

/** Array methods taking a callback that only reads elements, called as a statement (the result unused). */
const ELEMENT_CALLBACK_STATEMENTS = new Set(["sort", "forEach"]);

const arrayCache = new WeakMap<Node, boolean>();

/**
 * Whether the `const` array declared by `decl` only ever holds order-free records: every element
 * comes from `X.push({ … })` of a plain object literal, and no element is ever seen whole (only
 * its members are read or written: `X[i].k`, the parameters of a `X.sort(cmp)` / `X.forEach(f)`
 * statement's arrow, a `for (const x of X)` variable), while X itself is only read for its
 * `.length`. Then each pushed literal can be a dict.
 */
export function isOrderFreeElementArray(decl: Node): boolean {
  const known = arrayCache.get(decl);
  if (known !== undefined) return known;
  const v = constVariable(decl);
  const elementType = Node.isVariableDeclaration(decl) ? decl.getType().getArrayElementType() : undefined;
  const ok =
    !!v && Node.isArrayLiteralExpression(v.init) && v.init.getElements().length === 0 && !!elementType && kindOf(elementType) === "record" &&
    everyUse(v.name, elementUseOnly);
  arrayCache.set(decl, ok);
  return ok;
}

function elementUseOnly(ref: Node): boolean {
  const p = ref.getParent();
  if (Node.isElementAccessExpression(p) && p.getExpression() === ref) return memberUseOnly(p) && !isAssigned(p);
  if (Node.isForOfStatement(p) && p.getExpression() === ref) {
    const init = p.getInitializer();
    const d = Node.isVariableDeclarationList(init) && init.getFlags() & ts.NodeFlags.Const ? init.getDeclarations()[0] : undefined;
    return !!d && Node.isIdentifier(d.getNameNode()) && usesAreMembers(d.getNameNode());
  }
  if (!Node.isPropertyAccessExpression(p) || p.getExpression() !== ref || p.getQuestionDotTokenNode()) return false;
  if (p.getName() === "length") return !isAssigned(p);
  const call = p.getParent();
  if (!Node.isCallExpression(call) || call.getExpression() !== p) return false;
  const args = call.getArguments();
  if (p.getName() === "push") return Node.isExpressionStatement(call.getParent()) && args.length > 0 && args.every((a) => isPlainLiteral(a));
  if (!ELEMENT_CALLBACK_STATEMENTS.has(p.getName()) || !Node.isExpressionStatement(call.getParent()) || args.length !== 1) return false;
  const fn = args[0]!;
  return Node.isArrowFunction(fn) && fn.getParameters().length <= 2 && fn.getParameters().every((q) => Node.isIdentifier(q.getNameNode()) && usesAreMembers(q.getNameNode()));
}

function isAssigned(n: Node): boolean {
  const q = n.getParent();
  return Node.isBinaryExpression(q) && q.getLeft() === n && q.getOperatorToken().getKind() >= SK.FirstAssignment && q.getOperatorToken().getKind() <= SK.LastAssignment;
}

/** Every use of the variable named by `name` is a member read or write (memberUseOnly). */
function usesAreMembers(name: Node): boolean {
  return everyUse(name, memberUseOnly);
}

function isPlainLiteral(n: Node): boolean {
  return Node.isObjectLiteralExpression(n) && n.getProperties().every((p) => (Node.isPropertyAssignment(p) && (Node.isIdentifier(p.getNameNode()) || Node.isStringLiteral(p.getNameNode()))) || Node.isShorthandPropertyAssignment(p));
}
