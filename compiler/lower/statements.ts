/**
 * Lowering of TypeScript statements to Python statements: declarations and destructuring, control
 * flow (if, loops, switch with fall-through, try/catch/finally, throw), with function declarations
 * hoisted to the top of their block as in JavaScript.
 */
import { Node, ts, type Statement, type Type } from "ts-morph";
import { LowerContext, Refusal, pyString, isFunctionScopeNode, type PyLine } from "./context.ts";
import {
  lowerExpr, lowerCondition, lowerAssignTarget, assignedValue, paren, skipParens, identifierDecl, lowerObjectLiteralAsDict,
  productCannotBeNegativeZero, constantIndexRead,
} from "./expressions.ts";
import { kindOf, kindWithoutNullish, nullability } from "./types.ts";
import { lowerFunctionDeclaration, bindLoopCaptures } from "./functions.ts";
import { lowerClass, lowerEnum } from "./classes.ts";
import { elementLoopReads, fixedLengthLoopBound, inRangeIndexReads, rangeOf } from "./fast-paths.ts";
import { constHoldsJsonText, jsonTextCode } from "./json-plain.ts";
import { isOrderFreeRecord } from "./order-free-records.ts";
import { isCell, markCell, copyHeaderCells } from "./loop-cells.ts";
import { isGeneratorNode, checkGeneratorLoop } from "./generators.ts";
import { hoistVars, isVarList, varRefusal } from "./var-scope.ts";
import { lowerImportDeclaration, lowerExportDeclaration, lowerExportAssignment, isExported } from "./modules.ts";
import { codePointIterable } from "./utf16.ts";

const SK = ts.SyntaxKind;

interface LoopInfo {
  node: Node;
  /** Emits the for-loop update before a `continue`. */
  update?: () => void;
}
const loopStacks = new WeakMap<LowerContext, LoopInfo[]>();
function loops(ctx: LowerContext): LoopInfo[] {
  let s = loopStacks.get(ctx);
  if (!s) loopStacks.set(ctx, (s = []));
  return s;
}

/** Lowers a list of statements (a block or module body) at the current indent. */
export function lowerBody(ctx: LowerContext, statements: Statement[] | Node[], onSuperCall?: () => void): void {
  // JavaScript hoists imports and function declarations: define them first.
  const imports = statements.filter((s) => Node.isImportDeclaration(s));
  const fns = statements.filter((s) => Node.isFunctionDeclaration(s) && s.getBody());
  const rest = statements.filter((s) => !fns.includes(s) && !imports.includes(s));
  for (const s of imports) lowerStatement(ctx, s);
  // A function (or module) body: `var`s that can be read before their declaration start as undefined.
  const parent = statements[0]?.getParent();
  if (parent && (Node.isSourceFile(parent) || (Node.isBlock(parent) && isFunctionScopeNode(parent.getParentOrThrow())))) {
    hoistVars(ctx, Node.isSourceFile(parent) ? parent : parent.getParentOrThrow());
  }
  for (const s of fns) lowerStatement(ctx, s);
  for (const s of rest) {
    lowerStatement(ctx, s);
    if (onSuperCall && isSuperCallStatement(s)) onSuperCall();
  }
}

function isSuperCallStatement(s: Node): boolean {
  return Node.isExpressionStatement(s) && Node.isCallExpression(s.getExpression()) && s.getExpression().getFirstChild()?.getKind() === SK.SuperKeyword;
}

/** Lowers one statement; a refusal is recorded and lowering continues with the next statement. */
export function lowerStatement(ctx: LowerContext, stmt: Node): void {
  const savedPending = ctx.pending;
  const savedPos = ctx.currentPos;
  const savedIndent = ctx.indent;
  ctx.pending = [];
  ctx.currentPos = ctx.posOf(stmt);
  try {
    const lines = ctx.capture(() => lowerStatementInner(ctx, stmt));
    for (const l of ctx.pending) ctx.lines.push({ ...l, indent: l.indent + ctx.indent });
    ctx.lines.push(...lines);
  } catch (error) {
    if (error instanceof Refusal) {
      ctx.diagnostics.push(error.diagnostic);
      ctx.indent = savedIndent;
      ctx.emit("pass", ctx.posOf(stmt));
    } else {
      ctx.diagnostics.push(ctx.diagnostic("internal", stmt, error instanceof Error ? error.message : String(error)));
      ctx.indent = savedIndent;
    }
  } finally {
    ctx.pending = savedPending;
    ctx.currentPos = savedPos;
    ctx.indent = savedIndent;
  }
}

function block(ctx: LowerContext, node: Node | undefined): void {
  ctx.indent++;
  const start = ctx.lines.length;
  if (node) {
    if (Node.isBlock(node)) lowerBody(ctx, node.getStatements());
    else lowerStatement(ctx, node);
  }
  if (ctx.lines.length === start) ctx.emit("pass");
  ctx.indent--;
}

function lowerStatementInner(ctx: LowerContext, stmt: Node): void {
  lowerStatementKind(ctx, stmt);
  if (Node.isIterationStatement(stmt)) emitLabelChecks(ctx, stmt);
}

interface LabelledJump {
  kind: "break" | "continue";
  label: string;
  /** Inside a loop nested in the labelled loop (needs a flag). */
  nested: boolean;
}

/** Labelled break/continue statements inside `loop`, not crossing functions. */
function labelledJumps(loop: Node): LabelledJump[] {
  const out: LabelledJump[] = [];
  const body = (loop as unknown as { getStatement(): Node }).getStatement();
  body.forEachDescendant((d, traversal) => {
    if (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isClassDeclaration(d)) { traversal.skip(); return; }
    if ((Node.isBreakStatement(d) || Node.isContinueStatement(d)) && d.getLabel()) {
      const enclosingLoop = d.getFirstAncestor((a) => Node.isIterationStatement(a));
      out.push({ kind: Node.isBreakStatement(d) ? "break" : "continue", label: d.getLabel()!.getText(), nested: enclosingLoop !== loop });
    }
    return undefined;
  });
  if (Node.isBreakStatement(body) || Node.isContinueStatement(body)) {
    if (body.getLabel()) out.push({ kind: Node.isBreakStatement(body) ? "break" : "continue", label: body.getLabel()!.getText(), nested: false });
  }
  return out;
}

function labelOf(loop: Node): string | undefined {
  const p = loop.getParent();
  return p && Node.isLabeledStatement(p) ? p.getLabel().getText() : undefined;
}

function labelledTarget(ctx: LowerContext, stmt: Node, label: string): LoopInfo {
  const target = [...loops(ctx)].reverse().find((l) => labelOf(l.node) === label);
  if (!target) return ctx.refuse("labelled", stmt);
  return target;
}

/** After an inner loop: pass a labelled break/continue on to the loop it targets. */
function emitLabelChecks(ctx: LowerContext, inner: Node): void {
  const current = loops(ctx).at(-1);
  if (!current) return;
  const own = labelOf(inner);
  const seen = new Set<string>();
  for (const j of labelledJumps(inner)) {
    if (j.label === own || seen.has(`${j.kind}:${j.label}`)) continue;
    seen.add(`${j.kind}:${j.label}`);
    const flag = `_${j.kind === "break" ? "brk" : "cont"}_${j.label}`;
    ctx.emit(`if ${flag}:`);
    ctx.indent++;
    if (j.kind === "continue" && labelOf(current.node) === j.label) {
      ctx.emit(`${flag} = False`);
      current.update?.();
      ctx.emit("continue");
    } else ctx.emit("break");
    ctx.indent--;
  }
}

function lowerStatementKind(ctx: LowerContext, stmt: Node): void {
  switch (stmt.getKind()) {
    case SK.VariableStatement:
      return lowerVariableStatement(ctx, stmt.asKindOrThrow(SK.VariableStatement));
    case SK.ExpressionStatement:
      return lowerExpressionStatement(ctx, stmt.asKindOrThrow(SK.ExpressionStatement).getExpression());
    case SK.FunctionDeclaration: {
      const fn = stmt.asKindOrThrow(SK.FunctionDeclaration);
      if (!fn.getBody()) return; // overload signature
      const name = ctx.declare(fn, fn.getName() ?? "default_");
      lowerFunctionDeclaration(ctx, fn, name);
      if (fn.isDefaultExport()) ctx.emit(`default = ${name}`);
      return;
    }
    case SK.ClassDeclaration:
      return lowerClass(ctx, stmt.asKindOrThrow(SK.ClassDeclaration));
    case SK.EnumDeclaration:
      return lowerEnum(ctx, stmt.asKindOrThrow(SK.EnumDeclaration));
    case SK.InterfaceDeclaration:
    case SK.TypeAliasDeclaration:
    case SK.EmptyStatement:
      return;
    case SK.ModuleDeclaration:
      return ctx.refuse("namespace", stmt);
    case SK.ImportDeclaration:
      return lowerImportDeclaration(ctx, stmt.asKindOrThrow(SK.ImportDeclaration));
    case SK.ExportDeclaration:
      return lowerExportDeclaration(ctx, stmt.asKindOrThrow(SK.ExportDeclaration));
    case SK.ExportAssignment:
      return lowerExportAssignment(ctx, stmt.asKindOrThrow(SK.ExportAssignment));
    case SK.Block:
      lowerBody(ctx, stmt.asKindOrThrow(SK.Block).getStatements());
      return;
    case SK.IfStatement:
      return lowerIf(ctx, stmt.asKindOrThrow(SK.IfStatement), "if");
    case SK.WhileStatement: {
      const w = stmt.asKindOrThrow(SK.WhileStatement);
      checkLoopClosures(ctx, w);
      ctx.emit(`while ${lowerCondition(ctx, w.getExpression())}:`);
      loops(ctx).push({ node: w });
      try {
        block(ctx, w.getStatement());
      } finally {
        loops(ctx).pop();
      }
      return;
    }
    case SK.DoStatement:
      return lowerDo(ctx, stmt.asKindOrThrow(SK.DoStatement));
    case SK.ForStatement:
      return lowerFor(ctx, stmt.asKindOrThrow(SK.ForStatement));
    case SK.ForOfStatement:
      return lowerForOf(ctx, stmt.asKindOrThrow(SK.ForOfStatement));
    case SK.ForInStatement:
      return lowerForIn(ctx, stmt.asKindOrThrow(SK.ForInStatement));
    case SK.BreakStatement: {
      const label = stmt.asKindOrThrow(SK.BreakStatement).getLabel()?.getText();
      const target = label ? labelledTarget(ctx, stmt, label) : undefined;
      if (target && target !== loops(ctx).at(-1)) ctx.emit(`_brk_${label} = True`);
      ctx.emit("break");
      return;
    }
    case SK.ContinueStatement: {
      const label = stmt.asKindOrThrow(SK.ContinueStatement).getLabel()?.getText();
      const target = label ? labelledTarget(ctx, stmt, label) : undefined;
      if (target && target !== loops(ctx).at(-1)) {
        ctx.emit(`_cont_${label} = True`);
        ctx.emit("break");
        return;
      }
      const loop = loops(ctx).at(-1);
      loop?.update?.();
      ctx.emit("continue");
      return;
    }
    case SK.ReturnStatement: {
      const r = stmt.asKindOrThrow(SK.ReturnStatement);
      const e = r.getExpression();
      ctx.emit(e ? `return ${lowerExpr(ctx, e)}` : "return");
      return;
    }
    case SK.ThrowStatement: {
      const t = stmt.asKindOrThrow(SK.ThrowStatement);
      const e = t.getExpression();
      // An Error is raised as it is; any other value (a string, a number, an object, a caught
      // value of unknown type) travels in a tsmp_core.Thrown that `catch` unwraps.
      const code = lowerExpr(ctx, e);
      ctx.emit(kindOf(e.getType()) === "error" ? `raise ${code}` : `raise ${ctx.helper("thrown")}(${code})`);
      return;
    }
    case SK.TryStatement:
      return lowerTry(ctx, stmt.asKindOrThrow(SK.TryStatement));
    case SK.SwitchStatement:
      return lowerSwitch(ctx, stmt.asKindOrThrow(SK.SwitchStatement));
    case SK.LabeledStatement: {
      const l = stmt.asKindOrThrow(SK.LabeledStatement);
      const inner = l.getStatement();
      if (!Node.isIterationStatement(inner)) return ctx.refuse("labelled", stmt);
      const label = l.getLabel().getText();
      const jumps = labelledJumps(inner).filter((j) => j.label === label && j.nested);
      if (jumps.some((j) => j.kind === "break")) ctx.emit(`_brk_${label} = False`);
      if (jumps.some((j) => j.kind === "continue")) ctx.emit(`_cont_${label} = False`);
      lowerStatementInner(ctx, inner);
      return;
    }
    case SK.WithStatement:
      return ctx.refuse("with", stmt);
    case SK.DebuggerStatement:
      return;
    default:
      return ctx.refuse("unsupportedSyntax", stmt, `'${stmt.getKindName()}'`);
  }
}

// ── declarations ─────────────────────────────────────────────────────────────────────────────────

function lowerVariableStatement(ctx: LowerContext, stmt: import("ts-morph").VariableStatement): void {
  const list = stmt.getDeclarationList();
  const varReason = varRefusal(list);
  if (varReason) ctx.refuse("varHoisting", stmt, varReason);
  if (stmt.hasDeclareKeyword()) return;
  const exported = isExported(stmt);
  for (const d of list.getDeclarations()) {
    const nameNode = d.getNameNode();
    const init = d.getInitializer();
    if (Node.isIdentifier(nameNode)) {
      const name = ctx.declare(d, nameNode.getText());
      if (exported) ctx.scope.used.add(name);
      if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init)) && Node.isBlock(init.getBody())) {
        // `const f = () => { … }` becomes `def f(): …`
        lowerFunctionDeclaration(ctx, init, name);
        continue;
      }
      // A const only ever given to JSON.stringify holds its JSON text (json-plain.ts); a record
      // whose key order nothing observes is a plain dict (order-free-records.ts).
      const value = !init
        ? "None"
        : constHoldsJsonText(d, ctx.inRangeReads)
          ? jsonTextCode(init, ctx.inRangeReads, (n) => lowerExpr(ctx, n))!
          : (isOrderFreeRecord(d) ? lowerObjectLiteralAsDict(ctx, init) : undefined) ?? lowerExpr(ctx, init);
      ctx.emit(isCell(ctx, d) ? `${name} = [${value}]` : `${name} = ${value}`, ctx.posOf(d));
    } else {
      if (!init) ctx.refuse("unsupportedSyntax", d, "destructuring without a value");
      const value = lowerExpr(ctx, init);
      const t = /^[A-Za-z_]\w*$/.test(value) ? value : ctx.tmp();
      if (t !== value) ctx.emit(`${t} = ${value}`, ctx.posOf(d));
      bindPattern(ctx, nameNode, t, init.getType(), "let");
    }
  }
}

/** Binds a destructuring pattern (declaration or assignment) from the value held in `source`. */
export function bindPattern(ctx: LowerContext, pattern: Node, source: string, givenType: Type, mode: "let" | "assign"): void {
  const pos = ctx.posOf(pattern);
  const type = Node.isArrayBindingPattern(pattern) || Node.isObjectBindingPattern(pattern) ? pattern.getType() : givenType;
  const kind = kindWithoutNullish(type);
  const bindOne = (target: Node, valueCode: string, valueType: Type, init: Node | undefined) => {
    let code = valueCode;
    if (init) {
      const t = ctx.tmp();
      ctx.emit(`${t} = ${valueCode}`, pos);
      ctx.emit(`if ${t} is None:`, pos);
      ctx.indent++;
      ctx.emit(`${t} = ${lowerExpr(ctx, init)}`, ctx.posOf(init));
      ctx.indent--;
      code = t;
    }
    if (Node.isIdentifier(target)) {
      if (mode === "let") ctx.emit(`${ctx.declare(target.getParentOrThrow(), target.getText())} = ${code}`, pos);
      else ctx.emit(lowerAssignTarget(ctx, target).write(code), pos);
    } else if (Node.isArrayBindingPattern(target) || Node.isObjectBindingPattern(target) || Node.isArrayLiteralExpression(target) || Node.isObjectLiteralExpression(target)) {
      const t = /^[A-Za-z_]\w*$/.test(code) ? code : ctx.tmp();
      if (t !== code) ctx.emit(`${t} = ${code}`, pos);
      bindPattern(ctx, target, t, valueType, mode);
    } else {
      ctx.emit(lowerAssignTarget(ctx, target).write(code), pos);
    }
  };
  if (Node.isArrayBindingPattern(pattern) || Node.isArrayLiteralExpression(pattern)) {
    if (kind !== "array" && kind !== "string") ctx.refuse("unsupportedSyntax", pattern, "array destructuring of a non-array");
    const elements = pattern.getElements();
    const at = (i: number) => (kind === "array" && /^[A-Za-z_]\w*$/.test(source) ? constantIndexRead(source, i) : `${ctx.helper("get")}(${source}, ${i})`);
    elements.forEach((el, i) => {
      if (Node.isOmittedExpression(el)) return;
      if (Node.isBindingElement(el)) {
        const name = el.getNameNode();
        if (el.getDotDotDotToken()) bindOne(name, `${source}[${i}:]`, el.getType(), undefined);
        else bindOne(name, at(i), el.getType(), el.getInitializer());
      } else if (Node.isSpreadElement(el)) {
        bindOne(el.getExpression(), `${source}[${i}:]`, el.getType(), undefined);
      } else if (Node.isBinaryExpression(el) && el.getOperatorToken().getKind() === SK.EqualsToken) {
        bindOne(el.getLeft(), at(i), el.getLeft().getType(), el.getRight());
      } else {
        bindOne(el, at(i), el.getType(), undefined);
      }
    });
    return;
  }
  if (Node.isObjectBindingPattern(pattern)) {
    const taken: string[] = [];
    for (const el of pattern.getElements()) {
      const prop = el.getPropertyNameNode();
      const key = prop ? (Node.isIdentifier(prop) || Node.isStringLiteral(prop) ? (Node.isStringLiteral(prop) ? prop.getLiteralValue() : prop.getText()) : ctx.refuse("computedKey", prop)) : el.getNameNode().getText();
      if (el.getDotDotDotToken()) {
        if (kind !== "record") ctx.refuse("unsupportedSyntax", el, "object rest of a non-plain object");
        bindOne(el.getNameNode(), `${ctx.helper("obj")}(*[x for k in ${source} if k not in (${taken.map(pyString).join(", ")}${taken.length === 1 ? "," : ""}) for x in (k, ${source}[k])])`, el.getType(), undefined);
        continue;
      }
      taken.push(key);
      bindOne(el.getNameNode(), memberRead(ctx, pattern, source, kind, key, type), el.getType(), el.getInitializer());
    }
    return;
  }
  if (Node.isObjectLiteralExpression(pattern)) {
    for (const p of pattern.getProperties()) {
      if (Node.isShorthandPropertyAssignment(p)) bindOne(p.getNameNode(), memberRead(ctx, pattern, source, kind, p.getName(), type), p.getType(), p.getObjectAssignmentInitializer());
      else if (Node.isPropertyAssignment(p)) {
        const init = p.getInitializerOrThrow();
        if (Node.isBinaryExpression(init) && init.getOperatorToken().getKind() === SK.EqualsToken) bindOne(init.getLeft(), memberRead(ctx, pattern, source, kind, p.getName(), type), init.getLeft().getType(), init.getRight());
        else bindOne(init, memberRead(ctx, pattern, source, kind, p.getName(), type), init.getType(), undefined);
      } else ctx.refuse("unsupportedSyntax", p, "this destructuring element");
    }
    return;
  }
  ctx.refuse("unsupportedSyntax", pattern, "this destructuring pattern");
}

function memberRead(ctx: LowerContext, at: Node, source: string, kind: string, key: string, type: Type): string {
  if (kind === "record") {
    return `${source}.get(${pyString(key)})`;
  }
  if (kind === "class" || kind === "external" || kind === "error") return `${source}.${key}`;
  if ((kind === "array" || kind === "string") && key === "length") return `len(${source})`;
  return ctx.refuse("anyType", at, type.getText(at));
}

// ── expression statements (assignments can be full statements here) ─────────────────────────────

function lowerExpressionStatement(ctx: LowerContext, expr: Node): void {
  const e = skipParens(expr);
  if (Node.isBinaryExpression(e)) {
    const op = e.getOperatorToken().getKind();
    if (op === SK.EqualsToken && (Node.isArrayLiteralExpression(e.getLeft()) || Node.isObjectLiteralExpression(e.getLeft()))) {
      const value = lowerExpr(ctx, e.getRight());
      const t = ctx.tmp();
      ctx.emit(`${t} = ${value}`);
      bindPattern(ctx, e.getLeft(), t, e.getRight().getType(), "assign");
      return;
    }
    const lhs = skipParens(e.getLeft());
    if (op === SK.EqualsToken && Node.isPropertyAccessExpression(lhs) && lhs.getName() === "length" && kindWithoutNullish(lhs.getExpression().getType()) === "array") {
      ctx.emit(`${ctx.helper("set_length")}(${lowerExpr(ctx, lhs.getExpression())}, ${lowerExpr(ctx, e.getRight())})`);
      return;
    }
    if (isAssignmentOperator(op)) {
      const compound = op !== SK.EqualsToken;
      const target = lowerAssignTarget(ctx, e.getLeft(), compound);
      const simpleInPlace = simpleAugmented(ctx, e, op);
      if (simpleInPlace && (target.simple || target.read === target.code)) {
        ctx.emit(`${target.code} ${simpleInPlace} ${paren(lowerExpr(ctx, e.getRight()))}`);
        return;
      }
      ctx.emit(target.write(assignedValue(ctx, e, target.read)));
      return;
    }
    if (op === SK.CommaToken) {
      lowerExpressionStatement(ctx, e.getLeft());
      lowerExpressionStatement(ctx, e.getRight());
      return;
    }
  }
  if (Node.isPrefixUnaryExpression(e) || Node.isPostfixUnaryExpression(e)) {
    const op = e.getOperatorToken();
    if (op === SK.PlusPlusToken || op === SK.MinusMinusToken) {
      const target = lowerAssignTarget(ctx, e.getOperand(), true);
      if (kindOf(e.getOperand().getType()) !== "number") ctx.refuse("anyType", e, e.getOperand().getType().getText(e));
      if (target.simple || target.read === target.code) ctx.emit(`${target.code} ${op === SK.PlusPlusToken ? "+=" : "-="} 1`);
      else ctx.emit(target.write(`${paren(target.read)} ${op === SK.PlusPlusToken ? "+" : "-"} 1`));
      return;
    }
  }
  if (Node.isDeleteExpression(e)) {
    const target = skipParens(e.getExpression());
    if ((Node.isElementAccessExpression(target) || Node.isPropertyAccessExpression(target)) && kindWithoutNullish(target.getExpression().getType()) === "record") {
      const obj = lowerExpr(ctx, target.getExpression());
      const key = Node.isPropertyAccessExpression(target) ? pyString(target.getName()) : lowerExpr(ctx, target.getArgumentExpressionOrThrow());
      ctx.emit(`${paren(obj)}.pop(${key}, None)`);
      return;
    }
    ctx.refuse("delete", e);
  }
  if (Node.isVoidExpression(e)) return lowerExpressionStatement(ctx, e.getExpression());
  const code = lowerExpr(ctx, expr);
  // `yield x;` as a statement needs no parentheses.
  ctx.emit(Node.isYieldExpression(e) && code.startsWith("(yield") && code.endsWith(")") ? code.slice(1, -1) : code);
}

function isAssignmentOperator(op: ts.SyntaxKind): boolean {
  return op >= SK.FirstAssignment && op <= SK.LastAssignment;
}

/** `+=`, `-=`, `*=` can stay augmented when Python's operator means the same thing. */
function simpleAugmented(ctx: LowerContext, e: import("ts-morph").BinaryExpression, op: ts.SyntaxKind): string | undefined {
  const lk = kindOf(e.getLeft().getType());
  const rk = kindOf(e.getRight().getType());
  if (op === SK.PlusEqualsToken && ((lk === "number" && rk === "number") || (lk === "string" && rk === "string"))) return "+=";
  if (op === SK.MinusEqualsToken && lk === "number" && rk === "number") return "-=";
  if (op === SK.AsteriskEqualsToken && lk === "number" && rk === "number" && productCannotBeNegativeZero(ctx, e)) return "*=";
  return undefined;
}

// ── control flow ─────────────────────────────────────────────────────────────────────────────────

function lowerIf(ctx: LowerContext, stmt: import("ts-morph").IfStatement, keyword: "if" | "elif"): void {
  ctx.emit(`${keyword} ${lowerCondition(ctx, stmt.getExpression())}:`, ctx.posOf(stmt.getExpression()));
  block(ctx, stmt.getThenStatement());
  const otherwise = stmt.getElseStatement();
  if (!otherwise) return;
  if (Node.isIfStatement(otherwise)) {
    const saved = ctx.currentPos;
    ctx.currentPos = ctx.posOf(otherwise);
    // The elif condition may need hoisted defs: those go before the whole `if` (already flushed
    // by lowerStatement at the end), which is safe because defs only define.
    lowerIf(ctx, otherwise, "elif");
    ctx.currentPos = saved;
    return;
  }
  ctx.emit("else:", ctx.posOf(otherwise));
  block(ctx, otherwise);
}

function lowerDo(ctx: LowerContext, stmt: import("ts-morph").DoStatement): void {
  checkLoopClosures(ctx, stmt);
  ctx.emit("while True:");
  // The loop test ends each iteration; a `continue` runs it first (as a for loop runs its update).
  const test = () => {
    ctx.emit(`if not ${paren(lowerCondition(ctx, stmt.getExpression()))}:`, ctx.posOf(stmt.getExpression()));
    ctx.indent++;
    ctx.emit("break");
    ctx.indent--;
  };
  loops(ctx).push({ node: stmt, update: test });
  try {
    ctx.indent++;
    const body = stmt.getStatement();
    if (Node.isBlock(body)) lowerBody(ctx, body.getStatements());
    else lowerStatement(ctx, body);
    test();
    ctx.indent--;
  } finally {
    loops(ctx).pop();
  }
}

/** `for (let i = a; i < b; i++)` with b a literal or unchanged const, i unchanged in the body → range(). */
function rangeLoop(ctx: LowerContext, stmt: import("ts-morph").ForStatement): boolean {
  const init = stmt.getInitializer();
  const cond = stmt.getCondition();
  const inc = stmt.getIncrementor();
  if (!init || !cond || !inc || !Node.isVariableDeclarationList(init) || isVarList(init)) return false;
  const decls = init.getDeclarations();
  if (decls.length !== 1) return false;
  const d = decls[0]!;
  const nameNode = d.getNameNode();
  const start = d.getInitializer();
  if (!Node.isIdentifier(nameNode) || !start || kindOf(start.getType()) !== "number" || isCell(ctx, d)) return false;
  const name = nameNode.getText();
  if (!Node.isBinaryExpression(cond) || !["<", "<="].includes(cond.getOperatorToken().getText())) return false;
  if (cond.getLeft().getText() !== name) return false;
  const bound = cond.getRight();
  const isIntLiteral = (n: Node) => Node.isNumericLiteral(n) && Number.isInteger(Number(n.getText()));
  if (!isIntLiteral(start)) return false;
  const elements = elementLoopReads(stmt);
  if (!isIntLiteral(bound) && !fixedLengthLoopBound(stmt) && !elements) return false;
  let step: number | undefined;
  const incText = inc.getText().replace(/\s/g, "");
  if (incText === `${name}++` || incText === `++${name}`) step = 1;
  else {
    const m = /^(\w+)\+=(\d+)$/.exec(incText);
    if (m && m[1] === name) step = Number(m[2]);
  }
  if (!step) return false;
  // i must not be assigned or captured in the body.
  let touched = false;
  stmt.getStatement().forEachDescendant((n) => {
    if (Node.isIdentifier(n) && n.getText() === name) {
      const p = n.getParent();
      if (
        (Node.isBinaryExpression(p) && p.getLeft() === n && isAssignmentOperator(p.getOperatorToken().getKind())) ||
        Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)
      ) touched = true;
      if (n.getFirstAncestor((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a))) touched = true;
    }
  });
  if (touched) return false;
  if (elements) {
    // for x in a: the element variable is named after the array and the counter (`buf_i`).
    const arrNode = (bound as import("ts-morph").PropertyAccessExpression).getExpression();
    const arr = lowerExpr(ctx, arrNode);
    const item = ctx.declare(stmt, `${arrNode.getText()}_${name}`);
    for (const read of elements) ctx.elementReads.set(read, item);
    ctx.emit(`for ${item} in ${arr}:`);
  } else {
    const py = ctx.declare(d, name);
    const end = cond.getOperatorToken().getText() === "<=" ? String(Number(bound.getText()) + 1) : lowerExpr(ctx, bound);
    const startCode = lowerExpr(ctx, start);
    const args = step === 1 ? (startCode === "0" ? end : `${startCode}, ${end}`) : `${startCode}, ${end}, ${step}`;
    ctx.emit(`for ${py} in range(${args}):`);
  }
  loops(ctx).push({ node: stmt });
  try {
    block(ctx, stmt.getStatement());
  } finally {
    loops(ctx).pop();
  }
  return true;
}

function lowerFor(ctx: LowerContext, stmt: import("ts-morph").ForStatement): void {
  checkLoopClosures(ctx, stmt);
  for (const read of inRangeIndexReads(stmt)) ctx.inRangeReads.add(read);
  if (rangeLoop(ctx, stmt)) return;
  const init = stmt.getInitializer();
  if (init) {
    if (Node.isVariableDeclarationList(init)) {
      const varReason = varRefusal(init);
      if (varReason) ctx.refuse("varHoisting", init, varReason);
      for (const d of init.getDeclarations()) {
        const nameNode = d.getNameNode();
        if (!Node.isIdentifier(nameNode)) ctx.refuse("unsupportedSyntax", d, "destructuring in a for header");
        const name = ctx.declare(d, nameNode.getText());
        const i = d.getInitializer();
        const value = i ? lowerExpr(ctx, i) : "None";
        ctx.emit(isCell(ctx, d) ? `${name} = [${value}]` : `${name} = ${value}`);
      }
    } else lowerExpressionStatement(ctx, init);
  }
  const cond = stmt.getCondition();
  ctx.emit(`while ${cond ? lowerCondition(ctx, cond) : "True"}:`);
  const inc = stmt.getIncrementor();
  const headerDecls = init && Node.isVariableDeclarationList(init) ? init.getDeclarations() : [];
  const hasCells = headerDecls.some((d) => isCell(ctx, d));
  const update = inc || hasCells ? () => {
    copyHeaderCells(ctx, headerDecls);
    if (inc) lowerExpressionStatement(ctx, inc);
  } : undefined;
  loops(ctx).push({ node: stmt, update });
  try {
    ctx.indent++;
    const body = stmt.getStatement();
    const start = ctx.lines.length;
    if (Node.isBlock(body)) lowerBody(ctx, body.getStatements());
    else lowerStatement(ctx, body);
    if (update) {
      const saved = ctx.currentPos;
      ctx.currentPos = inc ? ctx.posOf(inc) : saved;
      update();
      ctx.currentPos = saved;
    }
    if (ctx.lines.length === start) ctx.emit("pass");
    ctx.indent--;
  } finally {
    loops(ctx).pop();
  }
}

function loopVariable(ctx: LowerContext, init: Node): string {
  if (Node.isVariableDeclarationList(init)) {
    const varReason = varRefusal(init);
    if (varReason) ctx.refuse("varHoisting", init, varReason);
    const d = init.getDeclarations()[0]!;
    const nameNode = d.getNameNode();
    if (Node.isIdentifier(nameNode)) return ctx.declare(d, nameNode.getText());
    return "";
  }
  const target = lowerAssignTarget(ctx, init);
  if (!target.simple) ctx.refuse("unsupportedSyntax", init, "a property as the loop variable");
  return target.code;
}

/**
 * `for (const x of xs) total += x;` over an array of proven ints into a proven int: `total += sum(xs)`
 * (ints add exactly in any grouping; the loop variable is gone after the loop).
 */
function intSumLoop(ctx: LowerContext, stmt: import("ts-morph").ForOfStatement): string | undefined {
  const init = stmt.getInitializer();
  const decl = Node.isVariableDeclarationList(init) && init.getDeclarations().length === 1 ? init.getDeclarations()[0]! : undefined;
  const loopVar = decl?.getNameNode();
  let body: Node = stmt.getStatement();
  if (Node.isBlock(body) && body.getStatements().length === 1) body = body.getStatements()[0]!;
  const e = Node.isExpressionStatement(body) ? body.getExpression() : undefined;
  if (!loopVar || !Node.isIdentifier(loopVar) || !Node.isBinaryExpression(e) || e.getOperatorToken().getKind() !== SK.PlusEqualsToken) return undefined;
  const acc = e.getLeft();
  const x = e.getRight();
  if (!Node.isIdentifier(acc) || !Node.isIdentifier(x) || x.getSymbol() !== loopVar.getSymbol() || kindWithoutNullish(stmt.getExpression().getType()) !== "array") return undefined;
  // The same function as the accumulator's declaration: no `global` / `nonlocal` to declare.
  const accDecl = acc.getSymbol()?.getDeclarations()[0];
  const fnOf = (n: Node) => n.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ?? n.getSourceFile();
  if (!accDecl || !Node.isVariableDeclaration(accDecl) || fnOf(accDecl) !== fnOf(stmt)) return undefined;
  if (!rangeOf(x, ctx.inRangeReads) || !rangeOf(acc, ctx.inRangeReads)) return undefined;
  return `${lowerExpr(ctx, acc)} += sum(${lowerExpr(ctx, stmt.getExpression())})`;
}

function lowerForOf(ctx: LowerContext, stmt: import("ts-morph").ForOfStatement): void {
  if (stmt.isAwaited()) ctx.refuse("asyncUnsupported", stmt);
  checkLoopClosures(ctx, stmt);
  const summed = intSumLoop(ctx, stmt);
  if (summed) return void ctx.emit(summed, ctx.posOf(stmt));
  const iterable = stmt.getExpression();
  const kind = kindWithoutNullish(iterable.getType());
  let source = codePointIterable(ctx, iterable, lowerExpr(ctx, iterable));
  const generator = isGeneratorNode(iterable);
  const guarded = generator && checkGeneratorLoop(ctx, stmt);
  if (guarded && !/^[A-Za-z_]\w*$/.test(source)) {
    const held = ctx.tmp("_g");
    ctx.emit(`${held} = ${source}`);
    source = held;
  }
  if (guarded) {
    // An exception leaving the loop finishes the generator, as JavaScript's for-of does.
    ctx.emit("try:");
    ctx.indent++;
  }
  if (kind === "map") source = `${paren(source)}.entries()`;
  else if (!generator && !["array", "string", "set", "bytes"].includes(kind)) ctx.refuse("unsupportedSyntax", iterable, `for-of over ${iterable.getType().getText(stmt)}`);
  const init = stmt.getInitializer();
  let name = loopVariable(ctx, init);
  const patterned = name === "";
  if (patterned) name = ctx.tmp("_e");
  const cell = cellLoopVariable(ctx, init, name);
  ctx.emit(`for ${cell?.element ?? name} in ${source}:`);
  loops(ctx).push({ node: stmt });
  try {
    ctx.indent++;
    const start = ctx.lines.length;
    if (cell) ctx.emit(cell.bind);
    if (patterned && Node.isVariableDeclarationList(init)) {
      const d = init.getDeclarations()[0]!;
      bindPattern(ctx, d.getNameNode(), name, d.getType(), "let");
    }
    const body = stmt.getStatement();
    if (Node.isBlock(body)) lowerBody(ctx, body.getStatements());
    else lowerStatement(ctx, body);
    if (ctx.lines.length === start) ctx.emit("pass");
    ctx.indent--;
  } finally {
    loops(ctx).pop();
  }
  if (guarded) {
    ctx.indent--;
    ctx.emit("except BaseException:");
    ctx.indent++;
    ctx.emit(`${source}.return_()`);
    ctx.emit("raise");
    ctx.indent--;
  }
}

/** A for-of/for-in binding held in a cell (loop-cells.ts): loop over elements, then `x = [element]`. */
function cellLoopVariable(ctx: LowerContext, init: Node, name: string): { element: string; bind: string } | undefined {
  if (!Node.isVariableDeclarationList(init)) return undefined;
  const d = init.getDeclarations()[0];
  if (!d || !isCell(ctx, d)) return undefined;
  const element = ctx.tmp("_e");
  return { element, bind: `${name} = [${element}]` };
}

function lowerForIn(ctx: LowerContext, stmt: import("ts-morph").ForInStatement): void {
  checkLoopClosures(ctx, stmt);
  const target = stmt.getExpression();
  const kind = kindWithoutNullish(target.getType());
  if (kind !== "record" && kind !== "array" && kind !== "string") ctx.refuse("unsupportedSyntax", target, "for-in over this value (use for-of)");
  const name = loopVariable(ctx, stmt.getInitializer());
  if (!name) ctx.refuse("unsupportedSyntax", stmt, "destructuring in for-in");
  const cell = cellLoopVariable(ctx, stmt.getInitializer(), name);
  const v = cell?.element ?? name;
  if (kind === "record") ctx.emit(`for ${v} in ${ctx.helper("keys")}(${lowerExpr(ctx, target)}):`);
  else ctx.emit(`for ${v} in [str(_i) for _i in range(len(${lowerExpr(ctx, target)}))]:`);
  loops(ctx).push({ node: stmt });
  try {
    if (cell) {
      ctx.indent++;
      ctx.emit(cell.bind);
      ctx.indent--;
    }
    block(ctx, stmt.getStatement());
  } finally {
    loops(ctx).pop();
  }
}

const CALLBACK_METHODS = new Set(["map", "filter", "forEach", "reduce", "find", "findIndex", "some", "every", "sort", "flatMap"]);

/** Whether `decl`'s binding is assigned anywhere in `within` other than by its declaration. */
function isReassigned(decl: Node, within: Node): boolean {
  let found = false;
  within.forEachDescendant((n) => {
    if (found || !Node.isIdentifier(n)) return;
    if (identifierDecl(n) !== decl) return;
    const p = n.getParent();
    if (Node.isBinaryExpression(p) && p.getLeft() === n && p.getOperatorToken().getKind() >= SK.FirstAssignment && p.getOperatorToken().getKind() <= SK.LastAssignment) found = true;
    if ((Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) && [SK.PlusPlusToken, SK.MinusMinusToken].includes(p.getOperatorToken())) found = true;
  });
  return found;
}

/**
 * Closures created in a loop that capture a binding of that loop: JavaScript gives each iteration
 * its own binding, Python would share one variable. When the binding does not change after the
 * closure is created (not reassigned in the loop body or the closure), the closure is built with
 * the current value bound (see functions.ts); otherwise it is refused.
 */
function checkLoopClosures(ctx: LowerContext, loop: Node): void {
  const loopDecls = new Set<Node>();
  loop.forEachDescendant((d, traversal) => {
    if (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isClassDeclaration(d)) { traversal.skip(); return; }
    if (Node.isVariableDeclaration(d) && !isVarList(d.getParentOrThrow())) loopDecls.add(d);
    if (Node.isBindingElement(d)) loopDecls.add(d);
    return undefined;
  });
  if (loopDecls.size === 0) return;
  const body = (loop as unknown as { getStatement(): Node }).getStatement();
  loop.forEachDescendant((d, traversal) => {
    const literalMember = (Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d)) && Node.isObjectLiteralExpression(d.getParent());
    if (!(Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isFunctionDeclaration(d) || literalMember)) return undefined;
    traversal.skip();
    const parent = d.getParent();
    if (Node.isCallExpression(parent)) {
      const callee = parent.getExpression();
      if (Node.isPropertyAccessExpression(callee) && CALLBACK_METHODS.has(callee.getName())) return undefined;
    }
    const captured = new Set<Node>();
    d.forEachDescendant((id) => {
      if (!Node.isIdentifier(id)) return;
      const decl = identifierDecl(id);
      if (decl && loopDecls.has(decl)) captured.add(decl);
    });
    if (captured.size === 0) return undefined;
    for (const decl of captured) {
      const name = decl.getFirstChild()?.getText() ?? "value";
      const changed = isReassigned(decl, body) || isReassigned(decl, d);
      if (!changed && !Node.isFunctionDeclaration(d)) continue;
      // A changed binding becomes a cell (loop-cells.ts) where that is exact; otherwise refused.
      if (Node.isFunctionDeclaration(d) || !canBeCell(decl, d, body)) ctx.refuse("loopClosure", d, Node.isIdentifier(decl.getFirstChild()) ? name : "value");
      markCell(ctx, decl);
    }
    bindLoopCaptures(d, [...captured]);
    return undefined;
  });
}

/**
 * A captured binding can be a cell when it is a plain `let` of the loop body or of a loop header
 * (not destructured, not a function value), and the closure is in the body.
 */
function canBeCell(decl: Node, closure: Node, body: Node): boolean {
  if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return false;
  const init = decl.getInitializer();
  if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) return false;
  return closure.getAncestors().includes(body) || closure === body;
}

function lowerTry(ctx: LowerContext, stmt: import("ts-morph").TryStatement): void {
  ctx.emit("try:");
  block(ctx, stmt.getTryBlock());
  const clause = stmt.getCatchClause();
  if (clause) {
    const decl = clause.getVariableDeclaration();
    if (decl) {
      const nameNode = decl.getNameNode();
      if (!Node.isIdentifier(nameNode)) ctx.refuse("unsupportedSyntax", decl, "destructuring in catch");
      const name = ctx.declare(decl, nameNode.getText());
      ctx.emit(`except Exception as ${name}:`, ctx.posOf(clause));
      ctx.indent++;
      ctx.emit(`${name} = ${ctx.helper("caught")}(${name})`, ctx.posOf(clause));
      ctx.indent--;
      block(ctx, clause.getBlock());
    } else {
      ctx.emit("except Exception:", ctx.posOf(clause));
      block(ctx, clause.getBlock());
    }
  }
  const fin = stmt.getFinallyBlock();
  if (fin) {
    ctx.emit("finally:", ctx.posOf(fin));
    block(ctx, fin);
  }
}

function endsWithJump(statements: Node[]): boolean {
  const last = statements.at(-1);
  if (!last) return false;
  if (Node.isBlock(last)) return endsWithJump(last.getStatements());
  return Node.isBreakStatement(last) || Node.isReturnStatement(last) || Node.isThrowStatement(last) || Node.isContinueStatement(last);
}

function hasNestedBreak(statements: Node[]): boolean {
  let found = false;
  for (const [i, s] of statements.entries()) {
    const isLastBreak = i === statements.length - 1 && Node.isBreakStatement(s);
    if (isLastBreak) continue;
    if (Node.isBreakStatement(s) && !s.getLabel()) found = true;
    s.forEachDescendant((d, traversal) => {
      if (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isIterationStatement(d) || Node.isSwitchStatement(d)) { traversal.skip(); return; }
      if (Node.isBreakStatement(d) && !d.getLabel()) found = true;
      return undefined;
    });
  }
  return found;
}

function lowerSwitch(ctx: LowerContext, stmt: import("ts-morph").SwitchStatement): void {
  const subject = stmt.getExpression();
  const clauses = stmt.getCaseBlock().getClauses();
  const code = lowerExpr(ctx, subject);
  const t = /^[A-Za-z_]\w*$/.test(code) ? code : ctx.tmp("_s");
  if (t !== code) ctx.emit(`${t} = ${code}`);
  const defaultIndex = clauses.findIndex((c) => Node.isDefaultClause(c));
  const subjectKind = kindOf(subject.getType());
  const caseTest = (clause: Node): string => {
    const e = (clause as import("ts-morph").CaseClause).getExpression();
    const ek = kindOf(e.getType());
    const ec = lowerExpr(ctx, e);
    const primitive = (subjectKind === "number" || subjectKind === "string") && ek === subjectKind;
    return primitive ? `${t} == ${paren(ec)}` : `${ctx.helper("strict_eq")}(${t}, ${ec})`;
  };
  // `default` before other cases: JS tries every case first, so find the matching clause's index
  // first (case tests in order, then default), then run the bodies with `_k == index` tests.
  const matched = defaultIndex >= 0 && defaultIndex !== clauses.length - 1 ? matchedClauseIndex(ctx, clauses, caseTest, defaultIndex) : undefined;
  // A `break` inside a case (not its last statement) leaves the switch: the cases run inside a
  // one-pass `while True:` so that Python's break does the same. A `continue` or a labelled jump
  // in the switch would then target that loop instead: refused.
  const breakable = clauses.some((c) => hasNestedBreak(c.getStatements()));
  if (breakable) {
    const jump = loopJumpIn(stmt);
    if (jump) ctx.refuse("unsupportedSyntax", jump, "'continue' or a labelled jump in a switch that also has a 'break' inside a case");
    ctx.emit("while True:");
    ctx.indent++;
  }
  // Each group: the case tests and the statements run for it (own body + fall-through bodies).
  let keyword = "if";
  let pendingTests: string[] = [];
  clauses.forEach((clause, i) => {
    const own = clause.getStatements();
    if (matched) pendingTests.push(`${matched} == ${i}`);
    else if (Node.isCaseClause(clause)) pendingTests.push(caseTest(clause));
    if (own.length === 0 && i < clauses.length - 1) return; // empty case falls into the next
    // Collect this body plus fall-through bodies.
    const run: Node[] = [];
    for (let j = i; j < clauses.length; j++) {
      const stmts = clauses[j]!.getStatements();
      run.push(...stmts);
      if (endsWithJump(stmts)) break;
    }
    const body = run.length && Node.isBreakStatement(run.at(-1)!) ? run.slice(0, -1) : run;
    const flattened = body.length === 1 && Node.isBlock(body[0]!) && Node.isBreakStatement(body[0].getStatements().at(-1) ?? body[0]) ? body[0].getStatements().slice(0, -1) : body;
    if (Node.isDefaultClause(clause) && !matched) {
      if (pendingTests.length) {
        // `case x: default:` — the tests are irrelevant, default runs anyway.
        pendingTests = [];
      }
      if (keyword === "if") {
        emitStatements(ctx, flattened);
        return;
      }
      ctx.emit("else:", ctx.posOf(clause));
    } else {
      ctx.emit(`${keyword} ${pendingTests.join(" or ")}:`, ctx.posOf(clause));
      keyword = "elif";
      pendingTests = [];
    }
    ctx.indent++;
    const start = ctx.lines.length;
    emitStatements(ctx, flattened);
    if (ctx.lines.length === start) ctx.emit("pass");
    ctx.indent--;
  });
  if (breakable) {
    ctx.emit("break");
    ctx.indent--;
  }
}

/** A `continue` (of a loop around the switch) or labelled break/continue inside a switch. */
function loopJumpIn(sw: Node): Node | undefined {
  let found: Node | undefined;
  sw.forEachDescendant((d, traversal) => {
    if (found) return traversal.stop();
    if (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isClassDeclaration(d)) { traversal.skip(); return; }
    if ((Node.isBreakStatement(d) || Node.isContinueStatement(d)) && d.getLabel()) found = d;
    else if (Node.isContinueStatement(d) && d.getFirstAncestor((a) => a === sw || Node.isIterationStatement(a)) === sw) found = d;
    return undefined;
  });
  return found;
}

/** Emits `if t == a: _k = 0 elif …: _k = 1 else: _k = <default>` and returns `_k`. */
function matchedClauseIndex(ctx: LowerContext, clauses: Node[], caseTest: (clause: Node) => string, defaultIndex: number): string {
  const k = ctx.tmp("_k");
  let keyword = "if";
  clauses.forEach((clause, i) => {
    if (!Node.isCaseClause(clause)) return;
    ctx.emit(`${keyword} ${caseTest(clause)}:`, ctx.posOf(clause));
    ctx.indent++;
    ctx.emit(`${k} = ${i}`, ctx.posOf(clause));
    ctx.indent--;
    keyword = "elif";
  });
  ctx.emit("else:", ctx.posOf(clauses[defaultIndex]!));
  ctx.indent++;
  ctx.emit(`${k} = ${defaultIndex}`, ctx.posOf(clauses[defaultIndex]!));
  ctx.indent--;
  return k;
}

function emitStatements(ctx: LowerContext, stmts: Node[]): void {
  for (const s of stmts) {
    if (Node.isBlock(s)) lowerBody(ctx, s.getStatements());
    else lowerStatement(ctx, s);
  }
}

export type { PyLine };
export { nullability };
