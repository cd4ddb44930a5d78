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
