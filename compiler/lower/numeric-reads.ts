/**
 * Element reads that JavaScript converts to a number: `arr[i] - 1`, `total / rec[k]`, `v > arr[j]`,
 * `-arr[i]`, `total += arr[k]`, `Math.max(arr[0], arr[i])`. A read outside the array (or a missing record key) is `undefined`, which becomes NaN
 * there, so such reads use `get_num` (array) or `.get(key, NaN)` (record) instead of giving Python
 * None, which would raise a TypeError where JavaScript computes NaN (or compares false).
 */
import { Node, SyntaxKind as SK } from "ts-morph";
import { kindOfNode, kindWithoutNullish } from "./types.ts";
import { compoundOperator } from "./operators.ts";

const NUMERIC_OPERATORS = new Set<SK>([
  SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken, SK.AsteriskAsteriskToken,
  SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken,
  SK.BarToken, SK.AmpersandToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken,
  SK.GreaterThanGreaterThanGreaterThanToken,
]);


/** True when `read` (an element access typed number) is an operand JavaScript turns into a number. */
export function readAsNumber(read: Node): boolean {
  if (kindWithoutNullish(read.getType()) !== "number") return false;
  let child: Node = read;
  let parent = read.getParent();
  while (parent && (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent))) {
    child = parent;
    parent = parent.getParent();
  }
  if (!parent) return false;
  if (Node.isBinaryExpression(parent) && parent.getOperatorToken() !== child) {
    const op = parent.getOperatorToken().getKind();
    if (NUMERIC_OPERATORS.has(op)) return true;
    if (op === SK.PlusToken) return kindOfNode(parent.getLeft()) === "number" && kindOfNode(parent.getRight()) === "number";
    // `total += arr[k]`: the right side of a compound assignment to a number
    const applied = compoundOperator(op);
    if (child === parent.getRight() && applied !== undefined) {
      return NUMERIC_OPERATORS.has(applied) || (applied === SK.PlusToken && kindOfNode(parent.getLeft()) === "number");
    }
    return false;
  }
  // Math.max(arr[0], arr[i]) …: Math's functions convert their arguments to numbers
  if (Node.isCallExpression(parent) && parent.getArguments().includes(child)) {
    const callee = parent.getExpression();
    return Node.isPropertyAccessExpression(callee) && Node.isIdentifier(callee.getExpression()) && callee.getExpression().getText() === "Math"
      && callee.getExpression().getSymbol()?.getDeclarations().every((d) => d.getSourceFile().isDeclarationFile()) === true;
  }
  if (Node.isPrefixUnaryExpression(parent)) {
    return [SK.MinusToken, SK.PlusToken, SK.TildeToken].includes(parent.getOperatorToken());
  }
  return false;
}
