/**
 * Lowering of import and export declarations: local modules become Python modules next to
 * main.py, board modules (machine, time, umqttsimple …) are imported as they are, JSON files
 * (config.json) become a Python module holding the data as `data`.
 */
import { Node, ts, type ExportAssignment, type ExportDeclaration, type ImportDeclaration, type SourceFile } from "ts-morph";
import { LowerContext, pyBaseName } from "./context.ts";
import { lowerExpr } from "./expressions.ts";

/** Set by the program compiler: the Python module name of a local source file. */
export type ModuleNamer = (file: SourceFile) => string | undefined;
const namers = new WeakMap<LowerContext, ModuleNamer>();
export function setModuleNamer(ctx: LowerContext, namer: ModuleNamer): void {
  namers.set(ctx, namer);
}

export function isExported(node: Node): boolean {
  return Node.isExportable(node) && node.isExported();
}

function isTypeOnlySymbolImport(spec: Node): boolean {
  const sym = spec.getSymbol();
  const target = sym?.getAliasedSymbol() ?? sym;
  if (!target) return false;
  const decls = target.getDeclarations();
  if (decls.length === 0) return false;
  return decls.every((d) => Node.isInterfaceDeclaration(d) || Node.isTypeAliasDeclaration(d));
}

function isMutableExport(spec: Node): boolean {
  const sym = spec.getSymbol();
  const target = sym?.getAliasedSymbol() ?? sym;
  const decl = target?.getValueDeclaration();
  if (!decl || !Node.isVariableDeclaration(decl)) return false;
  const list = decl.getParent();
  return Node.isVariableDeclarationList(list) && (list.getFlags() & ts.NodeFlags.Let) !== 0;
}

export function jsonModuleName(path: string): string {
  const base = path.replace(/\\/g, "/").split("/").pop()!.replace(/\.json$/, "");
  return base.replace(/[^A-Za-z0-9_]/g, "_");
}

export function lowerImportDeclaration(ctx: LowerContext, decl: ImportDeclaration): void {
  if (decl.isTypeOnly()) return;
  const spec = decl.getModuleSpecifierValue();
  const clause = decl.getImportClause();
  const pos = ctx.posOf(decl);
  const relative = spec.startsWith(".") || spec.startsWith("/");
  let module: string;
  if (relative) {
    const target = decl.getModuleSpecifierSourceFile();
    if (!target) return ctx.refuse("unresolvedImport", decl.getModuleSpecifier(), spec);
    if (spec.endsWith(".json")) {
      module = jsonModuleName(target.getFilePath());
      ctx.localImports.add(`json:${target.getFilePath()}`);
      const def = clause?.getDefaultImport();
      if (!def || clause?.getNamedBindings()) ctx.refuse("unsupportedModuleSyntax", decl, "import a JSON file as `import config from \"./config.json\"`");
      const name = ctx.declare(clause!, def!.getText());
      ctx.emit(`from ${module} import data as ${name}`, pos);
      return;
    }
    const namer = namers.get(ctx);
    const named = namer?.(target);
    if (!named) return ctx.refuse("nestedModulePath", decl.getModuleSpecifier(), spec);
    module = named;
    ctx.localImports.add(module);
  } else {
    module = spec;
    ctx.externalImports.add(spec);
  }
  if (!clause) {
    ctx.emit(`import ${module}`, pos);
    return;
  }
  const parts: string[] = [];
  const def = clause.getDefaultImport();
  if (def) {
    const name = ctx.declare(clause, def.getText());
    parts.push(name === "default" ? "default" : `default as ${name}`);
  }
  const bindings = clause.getNamedBindings();
  if (bindings && Node.isNamespaceImport(bindings)) {
    const name = ctx.declare(bindings, bindings.getName());
    ctx.emit(name === module ? `import ${module}` : `import ${module} as ${name}`, pos);
  } else if (bindings) {
    let moduleImported = false;
    for (const el of bindings.getElements()) {
      if (el.isTypeOnly() || isTypeOnlySymbolImport(el)) continue;
      // The exporting module's Python name (`hash` is `hash_` there, like every reserved word).
      const imported = relative ? pyBaseName(el.getName()) : el.getName();
      if (relative && isMutableExport(el)) {
        // `export let` is a live binding: read it through the module each time.
        if (!moduleImported) ctx.emit(`import ${module}`, pos);
        moduleImported = true;
        ctx.names.set(el, `${module}.${imported}`);
        continue;
      }
      const local = ctx.declare(el, el.getAliasNode()?.getText() ?? el.getName());
      parts.push(imported === local ? imported : `${imported} as ${local}`);
    }
  }
  if (parts.length) ctx.emit(`from ${module} import ${parts.join(", ")}`, pos);
}

export function lowerExportDeclaration(ctx: LowerContext, decl: ExportDeclaration): void {
  if (decl.isTypeOnly()) return;
  if (decl.getModuleSpecifier()) return lowerReExport(ctx, decl);
  for (const el of decl.getNamedExports()) {
    const local = el.getNameNode();
    const sym = local.getSymbol();
    const target = sym?.getAliasedSymbol() ?? sym;
    const d = target?.getValueDeclaration() ?? target?.getDeclarations()[0];
    if (!d || Node.isInterfaceDeclaration(d) || Node.isTypeAliasDeclaration(d)) continue;
    const alias = el.getAliasNode()?.getText();
    if (alias && alias !== local.getText()) {
      ctx.emit(`${alias === "default" ? "default" : alias} = ${lowerExpr(ctx, local)}`, ctx.posOf(el));
    }
  }
}

/**
 * `export { a, b as c } from "./m"` and `export * from "./m"`: the names are imported into this
 * module, so `from thismodule import a` finds them. `export *` is expanded to the names m exports
 * (never Python's `import *`, which would also bring m's helpers and imports).
 */
function lowerReExport(ctx: LowerContext, decl: ExportDeclaration): void {
  const spec = decl.getModuleSpecifierValue() ?? "";
  const target = decl.getModuleSpecifierSourceFile();
  if (!spec.startsWith(".") || spec.endsWith(".json")) return ctx.refuse("unsupportedModuleSyntax", decl, "re-exporting a board module or a JSON file");
  if (!target) return ctx.refuse("unresolvedImport", decl.getModuleSpecifier()!, spec);
  const module = namers.get(ctx)?.(target);
  if (!module) return ctx.refuse("nestedModulePath", decl.getModuleSpecifier()!, spec);
  ctx.localImports.add(module);
  const ns = decl.getNamespaceExport();
  if (ns) {
    const name = ctx.declare(ns, ns.getName());
    ctx.emit(name === module ? `import ${module}` : `import ${module} as ${name}`, ctx.posOf(decl));
    return;
  }
  const pairs: Array<{ key: Node; source: string; exported: string; decls: Node[] }> = [];
  if (decl.hasNamedExports()) {
    for (const el of decl.getNamedExports()) {
      if (el.isTypeOnly()) continue;
      const sym = el.getNameNode().getSymbol();
      const resolved = sym?.getAliasedSymbol() ?? sym;
      pairs.push({ key: el, source: el.getNameNode().getText(), exported: el.getAliasNode()?.getText() ?? el.getName(), decls: resolved?.getDeclarations() ?? [] });
    }
  } else {
    for (const [name, decls] of target.getExportedDeclarations()) {
      if (name !== "default" && decls[0]) pairs.push({ key: decls[0], source: name, exported: name, decls });
    }
  }
  const parts: string[] = [];
  for (const p of pairs) {
    if (p.decls.length === 0 || p.decls.every((d) => Node.isInterfaceDeclaration(d) || Node.isTypeAliasDeclaration(d))) continue;
    if (p.source === "default" || p.exported === "default") return ctx.refuse("unsupportedModuleSyntax", decl, "re-exporting a default export");
    const variable = p.decls.find((d) => Node.isVariableDeclaration(d));
    const list = variable?.getParent();
    if (list && Node.isVariableDeclarationList(list) && (list.getFlags() & ts.NodeFlags.Let) !== 0) {
      return ctx.refuse("unsupportedModuleSyntax", decl, `re-exporting '${p.source}', declared with let (re-export a function that returns it)`);
    }
    const source = pyBaseName(p.source);
    const local = ctx.declare(p.key, p.exported);
    parts.push(source === local ? source : `${source} as ${local}`);
  }
  if (parts.length) ctx.emit(`from ${module} import ${parts.join(", ")}`, ctx.posOf(decl));
}

export function lowerExportAssignment(ctx: LowerContext, node: ExportAssignment): void {
  if (node.isExportEquals()) return ctx.refuse("unsupportedModuleSyntax", node, "export =");
  ctx.emit(`default = ${lowerExpr(ctx, node.getExpression())}`, ctx.posOf(node));
}
