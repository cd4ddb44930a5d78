/**
 * `x instanceof` a built-in constructor that has no Python class of the same meaning: Array (list),
 * Uint8Array (bytearray, or bytes from board APIs) and Object (anything that is not a primitive).
 * Classes, Error, Map and Set are Python classes and use isinstance directly.
 */
import type { Node } from "ts-morph";
import type { LowerContext } from "./context.ts";
import { globalName } from "./builtins.ts";

export function instanceOfBuiltin(ctx: LowerContext, value: string, right: Node): string | undefined {
  switch (globalName(right)) {
    case "Array":
      return `isinstance(${value}, list)`;
    case "Uint8Array":
      return `isinstance(${value}, (bytearray, bytes))`;
    case "Object":
      return `${ctx.helper("is_object")}(${value})`;
  }
  return undefined;
}
