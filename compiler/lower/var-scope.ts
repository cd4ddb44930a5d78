/**
 * `var`: a function-scoped binding, which is what a Python variable is. A `var` becomes a plain
 * variable of the enclosing function (or module); when it can be read before its declaration runs
 * (declared in a block or loop, read above it, or read from a function declaration, which JavaScript
 * hoists), it is first set to None (undefined) at the top of the function, as JavaScript hoists it.
 * Refused (TSMP2006): destructuring and a name declared by more than one `var`.
 */
import { Node, ts } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { isFunctionScopeNode } from "./context.ts";
import { referencedSymbol } from "./references.ts";

/** Whether a declaration list is `var` (not let/const). */
export function isVarList(list: Node): boolean {
  return Node.isVariableDeclarationList(list) && !(list.getFlags() & ts.NodeFlags.BlockScoped);
}

/** Why a `var` declaration list cannot be compiled exactly, or undefined. */
export function varRefusal(list: Node): string | undefined {
  if (!isVarList(list)) return undefined;
  for (const d of (list as import("ts-morph").VariableDeclarationList).getDeclarations()) {
    if (!Node.isIdentifier(d.getNameNode())) return "destructuring in a 'var' declaration";
    const decls = d.getSymbol()?.getDeclarations() ?? [];
    if (decls.length > 1) return `'${d.getName()}' declared more than once`;
    // TypeScript checks reads before assignment, except inside functions: there a hoisted var can be
    // undefined while its type says otherwise, and the compiled code would trust the type.
    const owner = ownerOf(d);
    if (!acceptsUndefined(d.getType()) && needsHoisting(d, owner) && readInNestedFunction(d, owner)) {
      return `'${d.getName()}' can be read by a function before it is assigned; give it a type that includes undefined, or use 'let'`;
    }
  }
  return undefined;
}

function ownerOf(d: Node): Node {
  return d.getFirstAncestor((a) => isFunctionScopeNode(a) || Node.isSourceFile(a)) ?? d.getSourceFile();
}

function acceptsUndefined(type: import("ts-morph").Type): boolean {
  if (type.isAny() || type.isUnknown() || type.isUndefined()) return true;
  return type.isUnion() && type.getUnionTypes().some((t) => t.isUndefined() || t.isAny() || t.isUnknown());
}

function readInNestedFunction(decl: import("ts-morph").VariableDeclaration, owner: Node): boolean {
  const sym = decl.getSymbol();
  let found = false;
  owner.forEachDescendant((n) => {
    if (found || !Node.isIdentifier(n) || n.getText() !== decl.getName() || referencedSymbol(n) !== sym) return;
    found = n.getAncestors().slice(0, n.getAncestors().indexOf(owner as never)).some((a) => isFunctionScopeNode(a));
  });
  return found;
}

/** The var declarations a function (or source file) owns, in source order. */
function ownVars(owner: Node): import("ts-morph").VariableDeclaration[] {
  const out: import("ts-morph").VariableDeclaration[] = [];
  owner.forEachDescendant((d, traversal) => {
    if (d !== owner && (isFunctionScopeNode(d) || Node.isClassDeclaration(d))) { traversal.skip(); return; }
    if (Node.isVariableDeclaration(d) && isVarList(d.getParentOrThrow()) && Node.isIdentifier(d.getNameNode())) out.push(d);
    return undefined;
  });
  return out;
}

function needsHoisting(decl: import("ts-morph").VariableDeclaration, owner: Node): boolean {
  const list = decl.getParentOrThrow();
  const stmt = list.getParentOrThrow();
  const body = Node.isSourceFile(owner) ? owner : (owner as unknown as { getBody(): Node | undefined }).getBody();
  // Always runs before what follows it: a statement of the body itself, or a for loop's initializer.
  const runsFirst = Node.isVariableStatement(stmt) || (Node.isForStatement(stmt) && stmt.getInitializer() === list);
  if (!runsFirst || stmt.getParent() !== body) return true;
  const end = decl.getEnd();
  const sym = decl.getSymbol();
  const fnUsedAbove = readerUsedAbove(decl, owner, end);
  let early = false;
  owner.forEachDescendant((n) => {
    if (early || !Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== decl.getName()) return;
    if (referencedSymbol(n) !== sym) return;
    // Read above the declaration, or from a function declaration (callable before it runs).
    if (n.getStart() < end) early = true;
    for (const a of n.getAncestors()) {
      if (a === owner) break;
      if (Node.isFunctionDeclaration(a) && fnUsedAbove) early = true;
    }
  });
  return early;
}

/**
 * Whether a function declaration that reads the var (directly, or by calling one that does) is
 * mentioned above the declaration: only then can it run before the var is assigned.
 */
function readerUsedAbove(decl: import("ts-morph").VariableDeclaration, owner: Node, end: number): boolean {
  const ids = owner.getDescendantsOfKind(ts.SyntaxKind.Identifier);
  const enclosingFns = (n: Node) => n.getAncestors().filter((a): a is import("ts-morph").FunctionDeclaration => Node.isFunctionDeclaration(a));
  const readers = new Set<Node>();
  const sym = decl.getSymbol();
  for (const n of ids) if (referencedSymbol(n) === sym) for (const f of enclosingFns(n)) readers.add(f);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of ids) {
      if (!(n.getSymbol()?.getDeclarations() ?? []).some((d) => readers.has(d))) continue;
      for (const f of enclosingFns(n)) if (!readers.has(f)) (readers.add(f), (grew = true));
    }
  }
  return ids.some((n) => n.getStart() < end && !readers.has(n.getParentOrThrow()) && (n.getSymbol()?.getDeclarations() ?? []).some((d) => readers.has(d)));
}

/** Emits `name = None` for each var of `owner` that can be read before its declaration runs. */
export function hoistVars(ctx: LowerContext, owner: Node): void {
  for (const d of ownVars(owner)) {
    if (varRefusal(d.getParentOrThrow())) continue;
    if (needsHoisting(d, owner)) ctx.emit(`${ctx.declare(d, d.getName())} = None`, ctx.posOf(d));
  }
}
