/**
 * What kind of JavaScript value a TypeScript type stands for, as far as code generation cares:
 * the lowering picks plain Python operations only when the kind guarantees identical behaviour.
 */
import { Node, Type, ts } from "ts-morph";

export type Kind =
  | "number"
  | "string"
  | "boolean"
  | "array"
  | "class" // instance of a user class (attributes)
  | "record" // plain object: object literal, interface, type alias, JSON data (ordered dict)
  | "map"
  | "set"
  | "error"
  | "bytes"
  | "function"
  | "external" // instance from a board module (machine.Pin …): attributes, Python semantics
  | "regexp" // RegExp (runtime-py/tsmp_regex.py)
  | "undefined"
  | "null"
  | "mixed"; // unions of different kinds, any, unknown, type parameters

const builtinNames: Record<string, Kind> = {
  Map: "map",
  ReadonlyMap: "map",
  Set: "set",
  ReadonlySet: "set",
  Error: "error",
  TypeError: "error",
  RangeError: "error",
  Uint8Array: "bytes",
  bytes: "bytes",
  Array: "array",
  ReadonlyArray: "array",
  MapIterator: "array",
  SetIterator: "array",
  ArrayIterator: "array",
  IterableIterator: "array",
  IteratorObject: "array",
  Promise: "class",
  PromiseFulfilledResult: "record",
  PromiseRejectedResult: "record",
  PromiseLike: "class",
  Record: "record",
  Partial: "record",
  Required: "record",
  Readonly: "record",
  Pick: "record",
  Omit: "record",
  RegExp: "regexp",
  RegExpMatchArray: "array",
  RegExpExecArray: "array",
  RegExpStringIterator: "array",
};

function isFromLib(decl: Node): boolean {
  const path = decl.getSourceFile().getFilePath();
  return /\/lib\.[^/]*\.d\.ts$/.test(path) || /typescript\/lib\//.test(path);
}

function isFromBoardTypes(decl: Node): boolean {
  return /boards\/types\/|\/__tsmp_board__\//.test(decl.getSourceFile().getFilePath().replace(/\\/g, "/"));
}

export function kindOf(type: Type): Kind {
  if (type.isNumber() || type.isNumberLiteral()) return "number";
  if (type.isString() || type.isStringLiteral() || type.isTemplateLiteral()) return "string";
  if (type.isBoolean() || type.isBooleanLiteral()) return "boolean";
  if (type.isUndefined() || type.isVoid()) return "undefined";
  if (type.isNull()) return "null";
  if (type.isEnumLiteral() || type.isEnum()) {
    const parts = type.isUnion() ? type.getUnionTypes() : [type];
    const kinds = new Set(parts.map((p) => (p.isStringLiteral() ? "string" : "number")));
    return kinds.size === 1 ? ([...kinds][0] as Kind) : "mixed";
  }
  if (type.isUnion()) {
    const kinds = new Set(type.getUnionTypes().map(kindOf));
    if (kinds.size === 1) return [...kinds][0]!;
    return "mixed";
  }
  if (type.isTypeParameter()) {
    // `this` and `T extends Base`: operations are checked against the constraint.
    const c = type.getConstraint();
    return c ? kindOf(c) : "mixed";
  }
  if (type.isAny() || type.isUnknown() || type.isNever()) return "mixed";
  if (type.isArray() || type.isTuple() || type.isReadonlyArray?.()) return "array";
  if (type.isIntersection()) {
    const kinds = new Set(type.getIntersectionTypes().map(kindOf));
    return kinds.size === 1 ? [...kinds][0]! : "mixed";
  }
  const alias = type.getAliasSymbol();
  if (alias && ["Record", "Partial", "Required", "Readonly", "Pick", "Omit"].includes(alias.getName()) && alias.getDeclarations().some(isFromLib)) {
    return "record";
  }
  const symbol = type.getSymbol() ?? alias;
  if (type.getCallSignatures().length > 0 && type.getProperties().length === 0) return "function";
  if (symbol) {
    const decls = symbol.getDeclarations();
    const name = symbol.getName();
    if (decls.some(isFromLib) && builtinNames[name]) return builtinNames[name]!;
    if (decls.some((d) => isFromBoardTypes(d))) {
      if (builtinNames[name]) return builtinNames[name]!;
      return decls.some((d) => Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d)) ? "external" : "record";
    }
    if (decls.some((d) => Node.isClassDeclaration(d))) {
      return extendsError(type) ? "error" : "class";
    }
    if (decls.some((d) => Node.isFunctionDeclaration(d) || Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isMethodDeclaration(d))) {
      return "function";
    }
    if (type.getCallSignatures().length > 0) return "function";
    // A library type literal with a string index signature (Object.fromEntries' result) is a plain object.
    if (name === "__type" && type.getStringIndexType() && type.getCallSignatures().length === 0) return "record";
    if (decls.some(isFromLib)) return "mixed";
    return "record";
  }
  if (type.isObject()) {
    if (type.getCallSignatures().length > 0) return "function";
    return "record";
  }
  return "mixed";
}

export function extendsError(type: Type): boolean {
  let cur: Type | undefined = type;
  for (let depth = 0; cur && depth < 20; depth++) {
    const sym = cur.getSymbol();
    if (sym && ["Error", "TypeError", "RangeError"].includes(sym.getName()) && sym.getDeclarations().some(isFromLib)) return true;
    const bases: Type[] = cur.getBaseTypes();
    cur = bases[0];
  }
  return false;
}

export function kindOfNode(node: Node): Kind {
  return kindOf(node.getType());
}

/** Whether the type admits undefined / null (for optional chaining, ??, truthiness). */
export function nullability(type: Type): { undef: boolean; nul: boolean } {
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  let undef = false;
  let nul = false;
  for (const p of parts) {
    if (p.isUndefined() || p.isVoid()) undef = true;
    if (p.isNull()) nul = true;
    if (p.isAny() || p.isUnknown() || p.isTypeParameter()) {
      undef = true;
      nul = true;
    }
  }
  return { undef, nul };
}

/** The kind of a type with undefined and null removed. */
export function kindWithoutNullish(type: Type): Kind {
  const nonNull = type.getNonNullableType();
  return kindOf(nonNull);
}

export function isNumberLike(node: Node): boolean {
  return kindOfNode(node) === "number";
}

export function isStringLike(node: Node): boolean {
  return kindOfNode(node) === "string";
}

export const SyntaxKind = ts.SyntaxKind;
