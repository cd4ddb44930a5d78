/**
 * The symbol an identifier refers to, for the passes that scan a file for every use of a variable.
 * The name node of a shorthand property `{ x }` carries the property's symbol; the variable it reads
 * (or writes, in `({ x } = o)`) is the shorthand's value symbol, so scans that compare
 * `node.getSymbol()` would miss those uses.
 */
import { Node, ts, type Symbol as TsSymbol } from "ts-morph";
import { isAssignmentOperator } from "./operators.ts";

const SK = ts.SyntaxKind;

export function referencedSymbol(node: Node): TsSymbol | undefined {
  const p = node.getParent();
  return Node.isShorthandPropertyAssignment(p) && p.getNameNode() === node ? p.getValueSymbol() : node.getSymbol();
}

/** Whether an expression (after parentheses and `!`) is the target of a write or a destructuring. */
export function isWriteTarget(n: Node): boolean {
  let top: Node = n;
  while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent())) top = top.getParent()!;
  const p = top.getParent();
  if (Node.isBinaryExpression(p) && p.getLeft() === top && isAssignmentOperator(p.getOperatorToken().getKind())) return true;
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    const op = p.getOperatorToken();
    return op === SK.PlusPlusToken || op === SK.MinusMinusToken;
  }
  if (Node.isDeleteExpression(p)) return true;
  return Node.isArrayLiteralExpression(p) || Node.isSpreadElement(p) || Node.isForOfStatement(p) || Node.isForInStatement(p) ||
    Node.isShorthandPropertyAssignment(p) || Node.isPropertyAssignment(p) || Node.isSpreadAssignment(p);
}

/** Whether the file exports `name` by an `export { name }` list or `export default name`. */
export function exportedByName(file: Node, name: string): boolean {
  let found = false;
  file.forEachDescendant((n, traversal) => {
    if (found) return traversal.stop();
    if (Node.isExportSpecifier(n) && n.getNameNode().getText() === name) found = true;
    if (Node.isExportAssignment(n) && n.getExpression().getText() === name) found = true;
  });
  return found;
}

/**
 * Whether a variable declaration is visible to other modules (`export const x`, `export { x }`,
 * `export default x`): their uses are not in this file, so proofs that scan this file's uses of it
 * do not hold.
 */
export function isExportedVariable(decl: Node): boolean {
  if (!Node.isVariableDeclaration(decl)) return false;
  const stmt = decl.getParent()?.getParent();
  if (Node.isVariableStatement(stmt) && stmt.isExported()) return true;
  const name = decl.getNameNode();
  return Node.isIdentifier(name) && exportedByName(decl.getSourceFile(), name.getText());
}

/** An expression without the wrappers that do not change its value: parentheses, `as`, `!`, `satisfies`. */
export function unwrap(n: Node): Node {
  let x = n;
  while (Node.isParenthesizedExpression(x) || Node.isAsExpression(x) || Node.isNonNullExpression(x) || Node.isSatisfiesExpression(x)) x = x.getExpression();
  return x;
}

/** Whether `id` names the global `name` from TypeScript's lib (String, Math, JSON …), not a user binding. */
export function isLibGlobal(id: Node, name: string): boolean {
  if (!Node.isIdentifier(id) || id.getText() !== name) return false;
  const decls = id.getSymbol()?.getDeclarations() ?? [];
  return decls.length > 0 && decls.every((d) => /\/lib\.[^/]*\.d\.ts$/.test(d.getSourceFile().getFilePath()));
}

/**
 * A symbol's declarations that make values: a script-mode `let bytes` shares its symbol with the
 * board's `type bytes = Uint8Array`, which is no second binding of the variable.
 */
export function valueDeclarations(sym: TsSymbol): Node[] {
  return sym.getDeclarations().filter((d) => !Node.isTypeAliasDeclaration(d) && !Node.isInterfaceDeclaration(d));
}

/**
 * For a direct call `f(…)` of a module function declaration (one declaration, not async, not a
 * generator, with a block body): its symbol, declaration and the value of every `return` in it
 * (nested functions and classes aside); undefined when one `return` has no value.
 */
export function calledFunctionReturns(call: import("ts-morph").CallExpression): { sym: TsSymbol; fn: import("ts-morph").FunctionDeclaration; body: import("ts-morph").Block; values: Node[] } | undefined {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee) || call.getQuestionDotTokenNode()) return undefined;
  const sym = callee.getSymbol();
  const decls = sym ? valueDeclarations(sym) : [];
  const fn = decls[0];
  if (!sym || decls.length !== 1 || !Node.isFunctionDeclaration(fn) || fn.isAsync() || fn.isGenerator()) return undefined;
  const body = fn.getBody();
  const values = body && Node.isBlock(body) ? returnValues(body) : undefined;
  return values ? { sym, fn, body: body as import("ts-morph").Block, values } : undefined;
}

/**
 * The value of every `return` in a function body (nested functions and classes aside), or
 * undefined when one `return` has no value or there is none.
 */
export function returnValues(body: import("ts-morph").Block): Node[] | undefined {
  const values: Node[] = [];
  let ok = true;
  body.forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (Node.isFunctionLikeDeclaration(n) || Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isClassDeclaration(n) || Node.isClassExpression(n)) { traversal.skip(); return; }
    if (Node.isReturnStatement(n)) {
      const e = n.getExpression();
      if (e) values.push(e);
      else ok = false;
    }
  });
  return ok && values.length ? values : undefined;
}

/**
 * The argument passed for parameter `decl` (a plain required name) of a non-exported function
 * declaration at every use of the function's name, each of which must be a direct call without
 * spreads; undefined otherwise.
 */
export function argumentsAtEveryCall(decl: import("ts-morph").ParameterDeclaration): Node[] | undefined {
  const fn = decl.getParent();
  if (!Node.isFunctionDeclaration(fn) || fn.isExported() || fn.isDefaultExport() || !fn.getBody()) return undefined;
  if (!Node.isIdentifier(decl.getNameNode()) || decl.getInitializer() || decl.isRestParameter() || decl.hasQuestionToken()) return undefined;
  const fnName = fn.getNameNode();
  const fnSymbol = fnName?.getSymbol();
  if (!fnName || !fnSymbol || valueDeclarations(fnSymbol).length !== 1) return undefined;
  const index = fn.getParameters().indexOf(decl);
  const args: Node[] = [];
  let ok = true;
  fn.getSourceFile().forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === fnName || n.getText() !== fnSymbol.getName() || referencedSymbol(n) !== fnSymbol) return;
    const call = n.getParent();
    const callArgs = Node.isCallExpression(call) && call.getExpression() === n ? call.getArguments() : [];
    const arg = callArgs[index];
    if (!arg || callArgs.some((a) => Node.isSpreadElement(a))) ok = false;
    else args.push(arg);
  });
  return ok && args.length ? args : undefined;
}
