/**
 * Object literals whose methods use `this`, and getters/setters in object literals. Such a member
 * becomes a def taking the object as its first parameter (`this_`); `tsmp_bound.bind_this` stores
 * the methods bound to the object they were created in, and each accessor as an Accessor; a read of
 * a getter (`box.area`) calls it, a write to a setter (`box.size = 5`) calls it. `this` is fixed to
 * that object, so the object may only be used where that cannot differ from JavaScript: through
 * its properties (`o.x`, `o.m()`, `o.x = v`), in `const o = …`, `return this` from its own methods,
 * and printed by console.log or JSON.stringify. Anything else (spreading it, passing it on, storing it
 * with another type, taking a method off it) is refused.
 */
import { Node, ts, type ObjectLiteralExpression, type SourceFile } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { pyString } from "./context.ts";
import { hoistDef } from "./functions.ts";

const SK = ts.SyntaxKind;

function isFunctionBoundary(n: Node): boolean {
  return Node.isFunctionDeclaration(n) || Node.isFunctionExpression(n) || Node.isClassDeclaration(n) || Node.isMethodDeclaration(n) || Node.isGetAccessorDeclaration(n) || Node.isSetAccessorDeclaration(n) || Node.isConstructorDeclaration(n);
}

/** Whether `this` inside a member refers to the member's object (arrows inside included). */
function usesThis(member: Node): boolean {
  let found = false;
  member.forEachDescendant((d, traversal) => {
    if (found) return traversal.stop();
    if (d !== member && isFunctionBoundary(d)) { traversal.skip(); return; }
    if (d.getKind() === SK.ThisKeyword) found = true;
    return undefined;
  });
  return found;
}

/** Whether the literal needs the bound form (a method using `this`, a getter or a setter). */
export function needsBinding(lit: ObjectLiteralExpression): boolean {
  return lit.getProperties().some((p) => Node.isGetAccessorDeclaration(p) || Node.isSetAccessorDeclaration(p) || (Node.isMethodDeclaration(p) && usesThis(p)));
}

/** The object literal whose member is a getter/setter that `access` (`o.x`, `o["x"]`) reaches. */
export function literalAccessor(access: Node): boolean {
  const sym = access.getSymbol();
  return !!sym?.getDeclarations().some((d) => (Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d)) && Node.isObjectLiteralExpression(d.getParent()));
}

function isLiteralType(node: Node, lit: ObjectLiteralExpression): boolean {
  const t = node.getType();
  return t.getSymbol()?.getDeclarations().includes(lit) ?? false;
}

/** The first place where the object is used in a way `this` binding cannot follow, if any. */
function escapeOf(lit: ObjectLiteralExpression, file: SourceFile): Node | undefined {
  const methods = new Set<Node>(lit.getProperties().filter((p) => Node.isMethodDeclaration(p)));
  let bad: Node | undefined;
  const decl = lit.getParent();
  if (!(Node.isVariableDeclaration(decl) && decl.getInitializer() === lit && !decl.getTypeNode() && Node.isIdentifier(decl.getNameNode()))) return lit;
  if (((decl.getParent()?.getFlags() ?? 0) & ts.NodeFlags.Const) === 0) return lit;
  file.forEachDescendant((n, traversal) => {
    if (bad) return traversal.stop();
    if (Node.isTypeNode(n) || Node.isTypeNode(n.getParentOrThrow()) || Node.isQualifiedName(n.getParentOrThrow())) return undefined;
    // A method taken off the object instead of called on it; an accessor reached by o["x"].
    if ((Node.isPropertyAccessExpression(n) || Node.isElementAccessExpression(n)) && n.getSymbol()?.getDeclarations().some((d) => methods.has(d))) {
      const p = n.getParent();
      if (!(Node.isCallExpression(p) && p.getExpression() === n)) bad = n;
      return undefined;
    }
    if (Node.isElementAccessExpression(n) && literalAccessor(n)) {
      bad = n;
      return undefined;
    }
    if (!(Node.isIdentifier(n) || n.getKind() === SK.ThisKeyword || Node.isCallExpression(n) || Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n))) return undefined;
    if (Node.isIdentifier(n) && (n.getParent() === decl || Node.isPropertyAccessExpression(n.getParent()) && (n.getParent() as import("ts-morph").PropertyAccessExpression).getNameNode() === n)) return undefined;
    if (!isLiteralType(n, lit)) return undefined;
    const p = n.getParentOrThrow();
    if ((Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === n) return undefined;
    if (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p) || Node.isExpressionStatement(p)) return undefined;
    if (Node.isReturnStatement(p)) {
      const fn = p.getFirstAncestor((a) => isFunctionBoundary(a) || Node.isArrowFunction(a));
      if (fn && fn.getParent() === lit) return undefined;
    }
    if (Node.isCallExpression(p) && p.getArguments().includes(n)) {
      const callee = p.getExpression().getText();
      if (callee === "console.log" || callee === "console.error" || callee === "console.warn" || callee === "console.info" || callee === "JSON.stringify") return undefined;
    }
    bad = n;
    return undefined;
  });
  return bad;
}

/** Hoists `def name(this_, …)` for a member (bound to a loop iteration's bindings when in a loop). */
function hoistMember(ctx: LowerContext, member: Node): string {
  return hoistDef(ctx, member as never, ctx.tmp("_m"), { leading: ["this_"] });
}

/**
 * `bind_this(obj("count", 0, "inc", method(_m1), "area", accessor(_m2, None)))` for a literal
 * that needs binding; refuses uses of the object the binding cannot follow.
 */
export function lowerBoundObjectLiteral(ctx: LowerContext, lit: ObjectLiteralExpression, lowerPlain: (prop: Node) => [string, string], keyOf: (n: Node) => string): string {
  const escape = escapeOf(lit, lit.getSourceFile());
  if (escape) {
    const hasAccessor = lit.getProperties().some((p) => Node.isGetAccessorDeclaration(p) || Node.isSetAccessorDeclaration(p));
    ctx.refuse(hasAccessor ? "getterInObjectLiteral" : "dynamicThis", escape);
  }
  const pieces: string[] = [];
  const accessors = new Map<string, { get: string; set: string; at: number }>();
  for (const prop of lit.getProperties()) {
    if (Node.isSpreadAssignment(prop)) ctx.refuse("spreadObject", prop);
    if (Node.isGetAccessorDeclaration(prop) || Node.isSetAccessorDeclaration(prop)) {
      const key = keyOf(prop.getNameNode());
      let a = accessors.get(key);
      if (!a) {
        a = { get: "None", set: "None", at: pieces.length };
        accessors.set(key, a);
        pieces.push(key, "");
      }
      if (Node.isGetAccessorDeclaration(prop)) a.get = hoistMember(ctx, prop);
      else a.set = hoistMember(ctx, prop);
      continue;
    }
    if (Node.isMethodDeclaration(prop)) {
      // Every method of such a literal is bound (also one without `this`: it keeps its name).
      pieces.push(keyOf(prop.getNameNode()), `${ctx.helper("method")}(${hoistMember(ctx, prop)}, ${pyString(prop.getName())})`);
      continue;
    }
    pieces.push(...lowerPlain(prop));
  }
  for (const a of accessors.values()) pieces[a.at + 1] = `${ctx.helper("accessor")}(${a.get}, ${a.set})`;
  return `${ctx.helper("bind_this")}(${ctx.helper("obj")}(${pieces.join(", ")}))`;
}
