/**
 * Map and Set calls with a key typed string, on the Map's own dict: runtime-py/tsmp_collections.py
 * keeps a string key as itself in `_d` (an OrderedDict) and a Map's value unwrapped, so
 * `m.get(k)` is `m._d.get(k)`, `m.set(k, v);` is `m._d.__setitem__(k, v)` (`m._d[k] = v` for consts) and `m.has(k)` /
 * `s.has(k)` is `k in m._d`, without a Python method call each. Not when some class of the
 * program extends Map or Set: a Map-typed value could then be one with its own get/set/has.
 */
import { Node, type CallExpression, type SourceFile } from "ts-morph";
import { kindOf, kindOfNode } from "./types.ts";

const subclassing = new WeakMap<SourceFile, { text: string; found: boolean }>();

function extendsMapOrSet(file: SourceFile): boolean {
  const text = file.getFullText();
  const seen = subclassing.get(file);
  if (seen && seen.text === text) return seen.found;
  const found = /\bextends\b/.test(text) && file.getDescendants().some((d) => (Node.isClassDeclaration(d) || Node.isClassExpression(d)) && d.getBaseTypes().some((t) => ["map", "set"].includes(kindOf(t))));
  subclassing.set(file, { text, found });
  return found;
}

function isConst(n: Node): boolean {
  const decls = Node.isIdentifier(n) ? (n.getSymbol()?.getDeclarations() ?? []) : [];
  const list = decls.length === 1 && Node.isVariableDeclaration(decls[0]!) ? decls[0].getParent() : undefined;
  return !!list && Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const";
}

/** The direct code for the call, or undefined for the ordinary method call. */
export function keyedStringCall(call: CallExpression, kind: "map" | "set", name: string, obj: string, args: () => string[]): string | undefined {
  const a = call.getArguments();
  const stmt = Node.isExpressionStatement(call.getParent());
  const wanted = kind === "map" && name === "get" ? 1 : kind === "map" && name === "set" && stmt ? 2 : name === "has" ? 1 : 0;
  if (!wanted || a.length !== wanted || a.some((x) => Node.isSpreadElement(x)) || kindOfNode(a[0]!) !== "string") return undefined;
  const simpleKey = Node.isIdentifier(a[0]!) || Node.isStringLiteral(a[0]!) || Node.isNoSubstitutionTemplateLiteral(a[0]!);
  // `k in m._d` reads k before m: the same only when neither can run code.
  if (name === "has" && !(simpleKey && /^[A-Za-z_]\w*$/.test(obj))) return undefined;
  if (call.getProject().getSourceFiles().some((f) => !f.isDeclarationFile() && extendsMapOrSet(f))) return undefined;
  const [k, v] = args();
  if (name === "get") return `${obj}._d.get(${k})`;
  if (name === "set") {
    // `m._d[k] = v` evaluates v first: the same when m and k are consts (or k a literal).
    const recv = call.getExpression();
    const a0 = call.getArguments()[0]!;
    const fixed = Node.isPropertyAccessExpression(recv) && isConst(recv.getExpression()) && (isConst(a0) || Node.isStringLiteral(a0));
    return fixed ? `${obj}._d[${k}] = ${v}` : `${obj}._d.__setitem__(${k}, ${v})`;
  }
  return `(${k} in ${obj}._d)`;
}
