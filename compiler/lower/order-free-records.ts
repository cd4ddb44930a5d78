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

/** Whether the variable declaration `decl` is an order-free record (see the file comment). */
export function isOrderFreeRecord(decl: Node): boolean {
  const known = cache.get(decl);
  if (known !== undefined) return known;
  let ok = false;
  const list = decl.getParent();
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const nameNode = Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
  const sym = nameNode && Node.isIdentifier(nameNode) ? nameNode.getSymbol() : undefined;
  if (
    sym && sym.getDeclarations().length === 1 && init && Node.isObjectLiteralExpression(init) &&
    Node.isVariableDeclarationList(list) && list.getFlags() & ts.NodeFlags.Const && !isExportedVariable(decl) &&
    kindOf((decl as import("ts-morph").VariableDeclaration).getType()) === "record" &&
    init.getProperties().every((p) => (Node.isPropertyAssignment(p) && (Node.isIdentifier(p.getNameNode()) || Node.isStringLiteral(p.getNameNode()))) || Node.isShorthandPropertyAssignment(p))
  ) {
    ok = true;
    decl.getSourceFile().forEachDescendant((n, traversal) => {
      if (!ok) return traversal.stop();
      if (!Node.isIdentifier(n) || n === nameNode || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
      if (!memberUseOnly(n)) ok = false;
    });
  }
  cache.set(decl, ok);
  return ok;
}
