/**
 * The symbol an identifier refers to, for the passes that scan a file for every use of a variable.
 * The name node of a shorthand property `{ x }` carries the property's symbol; the variable it reads
 * (or writes, in `({ x } = o)`) is the shorthand's value symbol, so scans that compare
 * `node.getSymbol()` would miss those uses.
 */
import { Node, type Symbol as TsSymbol } from "ts-morph";

export function referencedSymbol(node: Node): TsSymbol | undefined {
  const p = node.getParent();
  return Node.isShorthandPropertyAssignment(p) && p.getNameNode() === node ? p.getValueSymbol() : node.getSymbol();
}
