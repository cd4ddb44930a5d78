/**
 * Class names at run time: `Sq.name` (the declared name, a string literal), `x.constructor` of a
 * user class instance (Python's `type(x)`) and `x.constructor.name` (its `__name__`, exact only
 * when every class in the program keeps its TypeScript name in Python: no renaming for Python
 * reserved words or shadowing, no anonymous class expressions, no static `name` member).
 */
import { Node, SyntaxKind } from "ts-morph";
import { pyString, pyBaseName } from "./context.ts";
import { kindWithoutNullish } from "./types.ts";

function referencedClass(target: Node) {
  let sym = target.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol();
  return sym?.getDeclarations().find((d) => Node.isClassDeclaration(d));
}

function isInstance(target: Node): boolean {
  return kindWithoutNullish(target.getType()) === "class" || Node.isThisExpression(target);
}

/** True when `type(x).__name__` is the TypeScript class name for every class of the program. */
function classNamesKept(node: Node): boolean {
  const names = new Set<string>();
  for (const file of node.getSourceFile().getProject().getSourceFiles()) {
    if (file.isDeclarationFile()) continue;
    if (file.getFirstDescendantByKind(SyntaxKind.ClassExpression)) return false;
    for (const c of file.getDescendantsOfKind(SyntaxKind.ClassDeclaration)) {
      const name = c.getName();
      if (!name || pyBaseName(name) !== name || names.has(name) || c.getStaticMember("name")) return false;
      names.add(name);
    }
  }
  return true;
}

/** The Python for `target.name` / `target.constructor`, or undefined when this is not such a read. */
export function lowerClassName(target: Node, obj: string, name: string): string | undefined {
  if (name === "constructor" && isInstance(target) && kindWithoutNullish(target.getType()) !== "error") return `type(${obj})`;
  if (name !== "name") return undefined;
  const cls = referencedClass(target);
  if (cls && Node.isClassDeclaration(cls) && !cls.getStaticMember("name") && Node.isIdentifier(target)) return pyString(cls.getName() ?? "");
  // `this.name` in a static method: `this` is the class the method was called on (maybe a subclass)
  if (Node.isThisExpression(target) && target.getType().getConstructSignatures().length > 0 && classNamesKept(target)) return `${obj}.__name__`;
  if (Node.isPropertyAccessExpression(target) && target.getName() === "constructor") {
    const owner = target.getExpression();
    if (isInstance(owner) && kindWithoutNullish(owner.getType()) !== "error" && classNamesKept(target)) return `${obj}.__name__`;
  }
  return undefined;
}
