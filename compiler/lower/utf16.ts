/**
 * Strings as UTF-16 code units. At run time a string holds one MicroPython character per UTF-16
 * unit: an astral character (😀) is stored as its two surrogates, so `length`, indexes, `slice`,
 * `charCodeAt`, `split("")` and `<` behave as in JavaScript at no cost. Only the places where a
 * string leaves the program (console output, TextEncoder) or is walked by code point (`for...of`,
 * spread, `Array.from`, `codePointAt`) must join surrogate pairs, and they only pay for it in a
 * "wide" program: one whose sources could produce a surrogate at all (an astral or surrogate
 * character or escape in its text, or String.fromCharCode/fromCodePoint, TextDecoder, JSON.parse).
 */
import { Node, type SourceFile } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { kindWithoutNullish } from "./types.ts";

const SURROGATE_SOURCE = /[\u{10000}-\u{10FFFF}]|[\uD800-\uDFFF]|\\u\{|\\u[dD][89abAB]|fromCharCode|fromCodePoint|TextDecoder|JSON\.parse/u;

/** Whether any file of the program (TypeScript or JSON) could put a surrogate into a string. */
export function programHasWideStrings(files: readonly SourceFile[]): boolean {
  return files.some((f) => !f.isDeclarationFile() && SURROGATE_SOURCE.test(f.getFullText()));
}

/** Code printing the string `node` (lowered to `code`): surrogate pairs joined in a wide program. */
export function printedText(ctx: LowerContext, node: Node, code: string): string {
  const n = node;
  if (!ctx.wideStrings) return code;
  if ((Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) && !/[\uD800-\uDFFF]/.test(n.getLiteralValue())) return code;
  return `${ctx.helper("wide_out")}(${code})`;
}

/** Code iterating `node` (already lowered to `code`) by code point when it is a string of a wide program. */
export function codePointIterable(ctx: LowerContext, node: Node, code: string): string {
  if (!ctx.wideStrings || kindWithoutNullish(node.getType()) !== "string") return code;
  return `${ctx.helper("code_points")}(${code})`;
}
