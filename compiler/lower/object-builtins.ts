/**
 * Object.fromEntries, Object.hasOwn (and `Object.prototype.hasOwnProperty.call`), Object.freeze and
 * Object.isFrozen. freeze is exact only for a fresh literal (no other reference can write to it,
 * and its Readonly type stops writes through the result); isFrozen is answered at compile time
 * for a `const` whose initializer is known.
 */
import { Node, type CallExpression } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { lowerExpr, skipParens, identifierDecl } from "./expressions.ts";
import { kindWithoutNullish } from "./types.ts";

/** `Object.prototype.hasOwnProperty.call(o, k)`: the callee is exactly that chain on the global Object. */
export function isHasOwnPropertyCall(call: CallExpression): boolean {
  return call.getExpression().getText().replace(/\s+/g, "") === "Object.prototype.hasOwnProperty.call" && call.getArguments().length === 2;
}

/** Code for the Object methods this file owns, or undefined for another method. */
export function objectMethod(ctx: LowerContext, call: CallExpression, name: string): string | undefined {
  const a = call.getArguments();
  switch (name) {
    case "fromEntries":
      return `${ctx.helper("from_entries")}(${lowerExpr(ctx, a[0]!)})`;
    case "hasOwn":
      return hasOwn(ctx, call);
    case "freeze": {
      const target = skipParens(a[0]!);
      if (!Node.isObjectLiteralExpression(target) && !Node.isArrayLiteralExpression(target)) {
        return ctx.refuse("unsupportedMethod", call, "Object", "freeze of an existing object (freeze a literal: `const o = Object.freeze({ … })`)");
      }
      return lowerExpr(ctx, target);
    }
    case "isFrozen": {
      const known = frozenAtCompileTime(a[0]!);
      if (known === undefined) return ctx.refuse("unsupportedMethod", call, "Object", "isFrozen of this value (only a const initialized with a literal or Object.freeze(…))");
      return known ? "True" : "False";
    }
  }
  return undefined;
}

export function hasOwn(ctx: LowerContext, call: CallExpression): string {
  const [o, k] = call.getArguments();
  return `${ctx.helper("has_own")}(${lowerExpr(ctx, o!)}, ${lowerExpr(ctx, k!)})`;
}

/** Whether a value is frozen, when the program text says so for sure. */
function frozenAtCompileTime(node: Node): boolean | undefined {
  const n = skipParens(node);
  if (["string", "number", "boolean", "undefined", "null"].includes(kindWithoutNullish(n.getType())) && !n.getType().isUnion()) return true;
  if (!Node.isIdentifier(n)) return undefined;
  const decl = identifierDecl(n);
  if (!decl || !Node.isVariableDeclaration(decl) || !decl.getVariableStatement()?.getDeclarationKind().includes("const")) return undefined;
  const init = decl.getInitializer() && skipParens(decl.getInitializer()!);
  if (!init) return undefined;
  if (Node.isCallExpression(init) && init.getExpression().getText() === "Object.freeze") return true;
  if (Node.isObjectLiteralExpression(init) || Node.isArrayLiteralExpression(init)) return false;
  return undefined;
}
