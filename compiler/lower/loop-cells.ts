/**
 * Per-iteration bindings that closures capture and code changes: JavaScript gives each loop
 * iteration its own `let` binding, shared by the closures created in that iteration. Such a binding
 * is held in a one-element list (a cell): the declaration creates a new cell each iteration, reads
 * and writes go through `name[0]`, and a closure keeps the cell of its own iteration. A `for`
 * header binding is copied into a fresh cell before the loop's update, as JavaScript copies it.
 */
import type { Node } from "ts-morph";
import type { LowerContext } from "./context.ts";

const cells = new WeakMap<LowerContext, Set<Node>>();

export function markCell(ctx: LowerContext, decl: Node): void {
  let s = cells.get(ctx);
  if (!s) cells.set(ctx, (s = new Set()));
  s.add(decl);
}

export function isCell(ctx: LowerContext, decl: Node | undefined): boolean {
  return !!decl && !!cells.get(ctx)?.has(decl);
}

/** `name = [name[0]]` for each cell among a for header's declarations (a fresh binding per iteration). */
export function copyHeaderCells(ctx: LowerContext, decls: Node[]): void {
  for (const d of decls) {
    const name = ctx.pyName(d);
    if (name && isCell(ctx, d)) ctx.emit(`${name} = [${name}[0]]`);
  }
}
