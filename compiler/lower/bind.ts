/**
 * `fn.bind(thisArg, ...args)`. Python methods read from an object are already bound to it, so
 * `obj.method.bind(obj)` is `obj.method`; arrows and function declarations ignore `this` (a
 * function using `this` is refused elsewhere). Bound arguments are evaluated once, at bind time.
 * Binding a method to another object is refused: Python cannot rebind a method's self.
 */
import { Node, type CallExpression } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { lowerExpr, skipParens, identifierDecl } from "./expressions.ts";

export function lowerBind(ctx: LowerContext, call: CallExpression, fnNode: Node): string {
  const [thisArg, ...bound] = call.getArguments();
  const fn = skipParens(fnNode);
  const refuse = () => ctx.refuse("unsupportedMethod", call, "functions", "bind to another object than the method's own");
  if (bound.some((b) => Node.isSpreadElement(b))) return ctx.refuse("unsupportedMethod", call, "functions", "bind with spread arguments");
  if (Node.isPropertyAccessExpression(fn)) {
    const owner = skipParens(fn.getExpression());
    const same = thisArg && (Node.isIdentifier(owner) || Node.isThisExpression(owner)) && skipParens(thisArg).getText() === owner.getText();
    if (!same) return refuse();
  } else if (!ignoresThis(fn)) {
    return refuse();
  }
  const code = lowerExpr(ctx, fn);
  if (bound.length === 0) return code;
  const args = bound.map((b) => lowerExpr(ctx, b));
  return `(lambda *_a, _f=${code}, _b=(${args.join(", ")},): _f(*_b, *_a))`;
}

/** An arrow or a function declaration named directly: `this` plays no part in calling it. */
function ignoresThis(fn: Node): boolean {
  if (Node.isArrowFunction(fn)) return true;
  if (!Node.isIdentifier(fn)) return false;
  const decl = identifierDecl(fn);
  if (!decl) return false;
  if (Node.isFunctionDeclaration(decl)) return true;
  if (Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === "const") {
    const init = decl.getInitializer();
    return !!init && Node.isArrowFunction(skipParens(init));
  }
  return false;
}
