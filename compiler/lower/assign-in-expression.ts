/**
 * Assignments to a property or an element used as a value: `(groups[k] ??= []).push(x)`,
 * `f(o.count += 2)`, `a[i] = b[j] = 0`. The object and key are evaluated once, in JS order (object,
 * key, then the right side), held in walrus temporaries when the value is read first; the
 * expression's value is the value stored, and `??=`, `||=`, `&&=` store only when JS would.
 */
import { compoundOperator } from "./operators.ts";
import { Node, ts, type BinaryExpression } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { attr, pyString } from "./context.ts";
import {
  lowerExpr, paren, skipParens, truthyOf, toStringCode, binaryCode, superCode, hasQuestionDot, identifierDecl,
} from "./expressions.ts";
import { isCell } from "./loop-cells.ts";
import { literalAccessor } from "./object-this.ts";
import { kindOf, kindOfNode, kindWithoutNullish, nullability } from "./types.ts";

const SK = ts.SyntaxKind;
const SIMPLE = /^(?:[A-Za-z_]\w*|-?\d+|"[^"\\]*")$/;

/** Where the value goes: `read(o, k)` gives the current value, `write(o, k, v)` stores v and returns it. */
interface Slot {
  obj: string;
  key: string;
  read(o: string, k: string): string;
  write(o: string, k: string, v: string): string;
}

function slotOf(ctx: LowerContext, bin: BinaryExpression): Slot | undefined {
  const n = skipParens(bin.getLeft());
  if (Node.isIdentifier(n)) {
    // A loop binding held in a cell (loop-cells.ts): the one-element list is the object.
    const decl = identifierDecl(n);
    const cell = decl && isCell(ctx, decl) ? ctx.pyName(decl) : undefined;
    if (!cell) return undefined;
    return { obj: cell, key: "0", read: (o) => `${o}[0]`, write: (o, k, v) => `${ctx.helper("put")}(${o}, ${k}, ${v})` };
  }
  if (Node.isPropertyAccessExpression(n)) {
    if (hasQuestionDot(n)) return undefined;
    const target = n.getExpression();
    const kind = kindOf(target.getType().getNonNullableType());
    const name = n.getName();
    if (name === "prototype" || name === "__proto__") return undefined;
    if (target.getSymbol()?.getDeclarations().some((d) => Node.isEnumDeclaration(d))) return undefined;
    const obj = Node.isSuperExpression(target) ? superCode(ctx, target) : lowerExpr(ctx, target);
    if (kind === "record" && !literalAccessor(n)) {
      return { obj, key: pyString(name), read: (o, k) => `${paren(o)}.get(${k})`, write: (o, k, v) => `${ctx.helper("set_key")}(${o}, ${k}, ${v})` };
    }
    if (kind === "class" || kind === "error" || Node.isThisExpression(target)) {
      return { obj, key: pyString(attr(name)), read: (o) => `${paren(o)}.${attr(name)}`, write: (o, k, v) => `${ctx.helper("set_attr")}(${o}, ${k}, ${v})` };
    }
    return undefined;
  }
  if (Node.isElementAccessExpression(n)) {
    const target = n.getExpression();
    const kind = kindWithoutNullish(target.getType());
    const arg = n.getArgumentExpressionOrThrow();
    if (kind === "array") {
      const obj = lowerExpr(ctx, target);
      return { obj, key: lowerExpr(ctx, arg), read: (o, k) => `${ctx.helper("get")}(${o}, ${k})`, write: (o, k, v) => `${ctx.helper("put")}(${o}, ${k}, ${v})` };
    }
    if (kind === "record") {
      const obj = lowerExpr(ctx, target);
      const key = kindOfNode(arg) === "string" ? lowerExpr(ctx, arg) : toStringCode(ctx, arg);
      return { obj, key, read: (o, k) => `${paren(o)}.get(${k})`, write: (o, k, v) => `${ctx.helper("set_key")}(${o}, ${k}, ${v})` };
    }
  }
  return undefined;
}

/**
 * Python for `left op= right` used as a value when `left` is a property or element, or undefined
 * when the target is not one this file handles (the caller refuses it).
 */
export function lowerSlotAssignment(ctx: LowerContext, bin: BinaryExpression): string | undefined {
  const slot = slotOf(ctx, bin);
  if (!slot) return undefined;
  const opKind = bin.getOperatorToken().getKind();
  const right = bin.getRight();
  if (opKind === SK.EqualsToken) return slot.write(slot.obj, slot.key, lowerExpr(ctx, right));
  // The current value is read first: hold the object and key so they are evaluated once.
  const hold = (code: string, prefix: string): [string, string] => {
    if (SIMPLE.test(code)) return [code, code];
    const t = ctx.tmp(prefix);
    return [`(${t} := ${code})`, t];
  };
  const [o1, o] = hold(slot.obj, "_o");
  const [k1, k] = hold(slot.key, "_k");
  const firstRead = slot.read(o1, k1);
  const base = compoundOperator(opKind)!;
  const leftType = bin.getLeft().getType();
  if (base === SK.BarBarToken || base === SK.AmpersandAmpersandToken || base === SK.QuestionQuestionToken) {
    const v = ctx.tmp("_v");
    const held = `(${v} := ${firstRead})`;
    const store = slot.write(o, k, lowerExpr(ctx, right));
    if (base === SK.QuestionQuestionToken) {
      const keep = nullability(leftType).nul ? `not ${ctx.helper("nullish")}(${held})` : `${held} is not None`;
      return `(${v} if ${keep} else ${store})`;
    }
    const test = truthyOf(ctx, held, leftType, true);
    if (!test.includes(held)) {
      // The type alone decides (e.g. an object is always truthy): no test at run time.
      const keepsValue = (test === "True") === (base === SK.BarBarToken);
      return keepsValue ? firstRead : slot.write(o1, k1, lowerExpr(ctx, right));
    }
    return base === SK.BarBarToken ? `(${v} if ${paren(test)} else ${store})` : `(${store} if ${paren(test)} else ${v})`;
  }
  // write(obj, key, read(obj, key) op right): the object and key are held by the first two arguments.
  const value = binaryCode(ctx, base, slot.read(o, k), lowerExpr(ctx, right), leftType, right.getType(), bin);
  return slot.write(o1, k1, value);
}
