/**
 * Lowering of functions: declarations, arrows and function expressions (as lambdas when the body is
 * a single expression, otherwise as a def hoisted before the statement that uses it), parameters
 * with defaults, optional and rest parameters, and the global/nonlocal declarations closures need.
 */
import { Node, ts, type ParameterDeclaration } from "ts-morph";
import { LowerContext, attr, type PyLine } from "./context.ts";
import { lowerExpr } from "./expressions.ts";
import { lowerBody, bindPattern } from "./statements.ts";
import { generatorDecorator } from "./generators.ts";

const SK = ts.SyntaxKind;

type FunctionLike = Node & {
  getParameters(): ParameterDeclaration[];
  getBody(): Node | undefined;
  isAsync?(): boolean;
  isGenerator?(): boolean;
};

function isSimpleDefault(node: Node): boolean {
  const k = node.getKind();
  if (k === SK.NumericLiteral || k === SK.StringLiteral || k === SK.TrueKeyword || k === SK.FalseKeyword || k === SK.NoSubstitutionTemplateLiteral) return true;
  if (Node.isPrefixUnaryExpression(node) && Node.isNumericLiteral(node.getOperand())) return true;
  return false;
}

interface ParamPlan {
  header: string[];
  prologue: Array<() => void>;
}

function planParameters(ctx: LowerContext, fn: FunctionLike): ParamPlan {
  const header: string[] = [];
  const prologue: Array<() => void> = [];
  for (const p of fn.getParameters()) {
    if (p.getNameNode().getText() === "this") continue;
    const nameNode = p.getNameNode();
    const isPattern = !Node.isIdentifier(nameNode);
    const name = isPattern ? ctx.tmp("_p") : ctx.declare(p, nameNode.getText());
    const init = p.getInitializer();
    if (p.isRestParameter()) {
      header.push(`*${name}`);
      prologue.push(() => ctx.emit(`${name} = list(${name})`, ctx.posOf(p)));
    } else if (init) {
      // JS evaluates defaults at each call and also when `undefined` is passed explicitly.
      {
        header.push(`${name}=None`);
        prologue.push(() => {
          ctx.emit(`if ${name} is None:`, ctx.posOf(p));
          ctx.indent++;
          ctx.emit(`${name} = ${lowerExpr(ctx, init)}`, ctx.posOf(init));
          ctx.indent--;
        });
      }
    } else if (p.hasQuestionToken()) header.push(`${name}=None`);
    else header.push(name);
    if (isPattern) prologue.push(() => bindPattern(ctx, nameNode, name, p.getType(), "let"));
    if (p.getScope() !== undefined || p.isReadonly()) {
      // Parameter property: `constructor(private x: number)` also stores self.x.
      prologue.push(() => ctx.emit(`self.${attr(nameNode.getText())} = ${name}`, ctx.posOf(p)));
    }
  }
  return { header, prologue };
}

export interface DefOptions {
  /** Extra trailing parameter (`*_`) so callers may pass more arguments than declared. */
  extra?: string;
  /** First parameters (`self`, `cls`). */
  leading?: string[];
  decorators?: string[];
  /** Statements to emit at the start of the body (e.g. field initialisers), after prologue. */
  afterPrologue?: () => void;
  /** Constructor bodies: emit field initialisers right after the super() call. */
  onSuperCall?: () => void;
}

/** Emits `def name(...):` with the lowered body at the current indent. */
export function emitDef(ctx: LowerContext, fn: FunctionLike, pyName: string, options: DefOptions = {}): void {
  if (fn.isGenerator?.()) options = { ...options, decorators: [...(options.decorators ?? []), generatorDecorator(ctx, fn)] };
  else if (fn.isAsync?.()) {
    // async function → generator driven by the tsmp_async event loop; `await x` → `(yield x)`.
    options = { ...options, decorators: [...(options.decorators ?? []), `@${ctx.helper("async_fn")}`] };
  }
  const pos = ctx.posOf(fn);
  ctx.pushScope("function", fn);
  const scope = ctx.scope;
  try {
    for (const l of options.leading ?? []) scope.used.add(l);
    const plan = planParameters(ctx, fn);
    const body = fn.getBody();
    const bodyLines: PyLine[] = ctx.capture(() => {
      ctx.indent++;
      for (const p of plan.prologue) p();
      options.afterPrologue?.();
      if (body && Node.isBlock(body)) lowerBody(ctx, body.getStatements(), options.onSuperCall);
      else if (body) {
        // Defs hoisted out of an expression body belong inside this function.
        const savedPending = ctx.pending;
        ctx.pending = [];
        try {
          const code = lowerExpr(ctx, body);
          for (const l of ctx.pending) ctx.lines.push({ ...l, indent: l.indent + ctx.indent });
          ctx.emit(`return ${code}`, ctx.posOf(body));
        } finally {
          ctx.pending = savedPending;
        }
      }
      ctx.indent--;
    });
    for (const d of options.decorators ?? []) ctx.emit(d, pos);
    ctx.emit(`def ${pyName}(${[...(options.leading ?? []), ...plan.header, ...(options.extra ? [options.extra] : [])].join(", ")}):`, pos);
    ctx.indent++;
    if (scope.globals.size) ctx.emit(`global ${[...scope.globals].join(", ")}`, pos);
    if (scope.nonlocals.size) ctx.emit(`nonlocal ${[...scope.nonlocals].join(", ")}`, pos);
    ctx.indent--;
    if (bodyLines.length === 0) bodyLines.push({ indent: ctx.indent + 1, text: "pass", pos });
    ctx.lines.push(...bodyLines);
  } finally {
    ctx.popScope();
  }
}

const loopCaptures = new WeakMap<Node, Node[]>();
/** Marks a closure created in a loop: it is built with the loop bindings' current values. */
export function bindLoopCaptures(fn: Node, decls: Node[]): void {
  loopCaptures.set(fn, decls);
}

function capturedNames(ctx: LowerContext, fn: Node): string[] {
  return (loopCaptures.get(fn) ?? []).map((d) => ctx.pyName(d)).filter((n): n is string => !!n);
}

/**
 * Hoists a def for a function expression (or object-literal member) before the current statement
 * and returns the code that refers to it.
 */
export function hoistDef(ctx: LowerContext, fn: FunctionLike, name: string, options: DefOptions = { extra: extraArgsParam(fn) }): string {
  const captured = capturedNames(ctx, fn);
  if (captured.length) {
    // def _mk(i): def f(): … ; return f   — then `_mk(i)` binds this iteration's value.
    const maker = ctx.tmp("_mk");
    const inner = ctx.capture(() => {
      ctx.indent++;
      emitDef(ctx, fn, name, options);
      ctx.emit(`return ${name}`, ctx.posOf(fn));
      ctx.indent--;
    });
    const lines = [{ indent: ctx.indent, text: `def ${maker}(${captured.join(", ")}):`, pos: ctx.posOf(fn) } as PyLine, ...inner];
    const base = Math.min(...lines.map((l) => l.indent));
    for (const l of lines) l.indent -= base;
    ctx.pending.push(...lines);
    return `${maker}(${captured.join(", ")})`;
  }
  const lines = ctx.capture(() => emitDef(ctx, fn, name, options));
  const base = Math.min(...lines.map((l) => l.indent));
  for (const l of lines) l.indent -= base;
  ctx.pending.push(...lines);
  return name;
}

/** JS lets callers pass more arguments than a function declares; Python does not: accept extras. */
function extraArgsParam(node: Node): string | undefined {
  const fn = node as FunctionLike;
  const params = fn.getParameters();
  if (params.some((p) => p.isRestParameter())) return undefined;
  const contextual = Node.isExpression(node) ? (node as unknown as { getContextualType(): import("ts-morph").Type | undefined }).getContextualType?.() : undefined;
  const sigs = contextual?.getNonNullableType().getCallSignatures() ?? [];
  const max = Math.max(0, ...sigs.map((s) => s.getParameters().length));
  return max > params.length ? "*_" : undefined;
}

/** An arrow, function expression or object-literal method used as a value. */
export function lowerFunctionExpression(ctx: LowerContext, node: Node): string {
  const fn = node as FunctionLike;
  const body = fn.getBody();
  const simpleParams = fn.getParameters().every((p) => Node.isIdentifier(p.getNameNode()) && !p.getInitializer());
  if (body && !Node.isBlock(body) && simpleParams && Node.isArrowFunction(node) && !fn.isAsync?.()) {
    // Try a lambda; fall back to a def when the body assigns outer variables.
    ctx.pushScope("function", node);
    const scope = ctx.scope;
    const savedPending = ctx.pending.length;
    let code: string;
    try {
      const plan = planParameters(ctx, fn);
      const extra = extraArgsParam(node);
      if (extra) plan.header.push(extra);
      code = `lambda${plan.header.length ? " " + plan.header.join(", ") : ""}: ${lowerExpr(ctx, body)}`;
    } finally {
      ctx.popScope();
    }
    if (scope.nonlocals.size === 0 && scope.globals.size === 0 && ctx.pending.length === savedPending) {
      const captured = capturedNames(ctx, node);
      return captured.length ? `(lambda ${captured.join(", ")}: (${code}))(${captured.join(", ")})` : `(${code})`;
    }
    ctx.pending.length = savedPending;
    // names were declared in the discarded scope; forget them so the def redeclares
    for (const p of fn.getParameters()) ctx.names.delete(p);
  }
  return hoistDef(ctx, fn, ctx.tmp("_f"));
}

/** `function name() {}` statement. */
export function lowerFunctionDeclaration(ctx: LowerContext, node: Node, pyName: string): void {
  emitDef(ctx, node as FunctionLike, pyName, { extra: Node.isArrowFunction(node) || Node.isFunctionExpression(node) ? extraArgsParam(node) : undefined });
}
