/**
 * `a % b` as a guarded Python `%`: for a > 0 and b > 0 (finite or not, int or fraction) Python's
 * `%` gives JavaScript's remainder, so `a % b if a > 0 else mod(a, b)` keeps the helper only for
 * zero (JavaScript keeps the sign of -0), negative, NaN and infinite dividends. Operands are
 * evaluated twice, so both must be plain names or positive literals; the `b > 0` test is dropped
 * when the divisor is a literal or proven to be an int >= 1.
 */
import { Node } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { rangeOf } from "./fast-paths.ts";

const NAME = /^[A-Za-z_]\w*$/;
const POSITIVE_LITERAL = /^[1-9]\d*$/;

export function guardedModCode(ctx: LowerContext, l: string, r: string, node: Node): string | undefined {
  if (!NAME.test(l) || !Node.isBinaryExpression(node)) return undefined;
  const mod = `${ctx.helper("mod")}(${l}, ${r})`;
  if (POSITIVE_LITERAL.test(r) || (NAME.test(r) && (rangeOf(node.getRight(), ctx.inRangeReads)?.lo ?? 0) >= 1)) return `${l} % ${r} if ${l} > 0 else ${mod}`;
  if (NAME.test(r)) return `${l} % ${r} if ${l} > 0 and ${r} > 0 else ${mod}`;
  return undefined;
}
