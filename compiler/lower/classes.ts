/**
 * Lowering of classes (fields, constructors, methods, accessors, static members, inheritance,
 * Error subclasses) and enums to Python classes.
 */
import { Node, SyntaxKind, type ClassDeclaration, type EnumDeclaration } from "ts-morph";
import { LowerContext, pyString, attr } from "./context.ts";
import { lowerExpr } from "./expressions.ts";
import { emitDef } from "./functions.ts";
import { extendsError } from "./types.ts";
import { isClosedClass } from "./closed-classes.ts";

export function lowerClass(ctx: LowerContext, cls: ClassDeclaration): void {
  if (cls.hasDeclareKeyword()) return;
  const tsName = cls.getName() ?? "default_";
  const name = ctx.declare(cls, tsName);
  const pos = ctx.posOf(cls);
  const heritage = cls.getExtends();
  let base = "";
  if (heritage) {
    const expr = heritage.getExpression();
    base = lowerExpr(ctx, expr);
  }
  if (cls.getMembers().some((m) => Node.isClassStaticBlockDeclaration(m))) ctx.refuse("unsupportedSyntax", cls, "static blocks");
  const isError = extendsError(cls.getType());
  // Root classes derive from JSClass so instances also work where an interface (plain object) is
  // expected; a closed family (closed-classes.ts) is never seen as one.
  const closed = isClosedClass(cls);
  if (!base && !closed) base = ctx.helper("JSClass");
  ctx.emit(base ? `class ${name}(${base}):` : `class ${name}:`, pos);
  ctx.pushScope("class", cls);
  ctx.indent++;
  const start = ctx.lines.length;
  try {
    const keys = classKeys(cls);
    if (keys.length > 1 && !closed) ctx.emit(`_keys = (${keys.map(pyString).join(", ")}${keys.length === 1 ? "," : ""})`, pos);
    const instanceFields = cls.getProperties().filter((p) => !p.isStatic() && !p.hasDeclareKeyword());
    const emitFields = () => {
      for (const f of instanceFields) {
        const init = f.getInitializer();
        ctx.emit(`self.${attr(f.getName())} = ${init ? lowerExpr(ctx, init) : "None"}`, ctx.posOf(f));
      }
    };
    const ctor = cls.getConstructors().find((c) => c.getBody());
    if (ctor) {
      const hasSuper = !!heritage;
      emitDef(ctx, ctor, "__init__", {
        leading: ["self"],
        afterPrologue: hasSuper ? undefined : emitFields,
        onSuperCall: hasSuper ? emitFields : undefined,
      });
    } else if (instanceFields.length || isError) {
      ctx.emit(`def __init__(self, *args):`, pos);
      ctx.indent++;
      if (heritage) ctx.emit(`super(${name}, self).__init__(*args)`, pos);
      emitFields();
      if (!heritage && !instanceFields.length) ctx.emit("pass", pos);
      ctx.indent--;
    }
    for (const m of cls.getMembers()) {
      if (Node.isMethodDeclaration(m)) {
        if (!m.getBody()) continue;
        const mname = attr(m.getName());
        if (m.isStatic()) emitDef(ctx, m, mname, { leading: ["cls"], decorators: ["@classmethod"] });
        else emitDef(ctx, m, mname, { leading: ["self"] });
      } else if (Node.isGetAccessorDeclaration(m)) {
        // A static getter is a class method read as `Cls._sget_name()` (Python has no class properties).
        if (m.isStatic()) emitDef(ctx, m, `_sget_${attr(m.getName())}`, { leading: ["cls"], decorators: ["@classmethod"] });
        else emitDef(ctx, m, attr(m.getName()), { leading: ["self"], decorators: ["@property"] });
      } else if (Node.isSetAccessorDeclaration(m)) {
        if (m.isStatic()) ctx.refuse("unsupportedSyntax", m, "static setters");
        const getter = cls.getGetAccessor(m.getName());
        if (!getter) ctx.refuse("unsupportedSyntax", m, "a setter without a getter");
        emitDef(ctx, m, attr(m.getName()), { leading: ["self"], decorators: [`@${attr(m.getName())}.setter`] });
      }
    }
    if (ctx.lines.length === start) ctx.emit("pass", pos);
  } finally {
    ctx.indent--;
    ctx.popScope();
  }
  // Static fields are set after the class exists (initialisers may use the class).
  for (const p of cls.getProperties().filter((p) => p.isStatic())) {
    const init = p.getInitializer();
    ctx.emit(`${name}.${attr(p.getName())} = ${init ? lowerExpr(ctx, init) : "None"}`, ctx.posOf(p));
  }
  if (cls.isDefaultExport()) ctx.emit(`default = ${name}`, pos);
}

/** Instance property names in the order JavaScript creates them (for console.log / JSON.stringify). */
function classKeys(cls: ClassDeclaration): string[] {
  const out: string[] = [];
  const baseDecl = cls.getBaseClass();
  if (baseDecl && !extendsError(baseDecl.getType())) out.push(...classKeys(baseDecl));
  const ctor = cls.getConstructors().find((c) => c.getBody());
  for (const p of ctor?.getParameters() ?? []) if (p.getScope() !== undefined || p.isReadonly()) out.push(p.getName());
  for (const f of cls.getProperties()) if (!f.isStatic() && !f.hasDeclareKeyword()) out.push(f.getName());
  ctor?.forEachDescendant((n) => {
    if (Node.isBinaryExpression(n) && n.getOperatorToken().getText() === "=") {
      const left = n.getLeft();
      if (Node.isPropertyAccessExpression(left) && Node.isThisExpression(left.getExpression())) out.push(left.getName());
    }
  });
  return [...new Set(out)].map(attr);
}

/**
 * `Dir[0]` → "Up": the value → name entries of a numeric enum whose object is indexed somewhere in
 * the program (JavaScript's reverse mapping), or undefined when nothing reads it.
 */
function reverseEnumEntries(en: EnumDeclaration): string | undefined {
  const numeric = en.getMembers().filter((m) => typeof m.getValue() === "number");
  if (numeric.length === 0) return undefined;
  // Every `X[…]` in the program whose X resolves to this enum (through imports and namespaces).
  const enumSymbol = en.getSymbol();
  const indexed = en.getProject().getSourceFiles().some((f) => !f.isDeclarationFile() && f.getDescendantsOfKind(SyntaxKind.ElementAccessExpression).some((access) => {
    const e = access.getExpression();
    const name = Node.isPropertyAccessExpression(e) ? e.getNameNode() : e;
    let sym = name.getSymbol();
    if (sym?.isAlias()) sym = sym.getAliasedSymbol();
    return !!sym && sym === enumSymbol;
  }));
  if (!indexed) return undefined;
  // Later members with the same value win, as in JavaScript.
  const byValue = new Map<number, string>();
  for (const m of numeric) byValue.set(m.getValue() as number, m.getName());
  return [...byValue].map(([v, name]) => `${Number.isInteger(v) ? v : v}: ${pyString(name)}`).join(", ");
}

export function lowerEnum(ctx: LowerContext, en: EnumDeclaration): void {
  if (en.hasDeclareKeyword()) return;
  const name = ctx.declare(en, en.getName());
  ctx.emit(`class ${name}:`, ctx.posOf(en));
  ctx.indent++;
  const members = en.getMembers();
  if (members.length === 0) ctx.emit("pass");
  for (const m of members) {
    const value = m.getValue();
    if (value === undefined) ctx.refuse("unsupportedSyntax", m, "a computed enum member");
    const code = typeof value === "string" ? pyString(value) : Number.isInteger(value) ? String(value) : String(value);
    ctx.emit(`${attr(m.getName())} = ${code}`, ctx.posOf(m));
  }
  const reverse = reverseEnumEntries(en);
  if (reverse) ctx.emit(`_names = {${reverse}}`);
  ctx.indent--;
}
