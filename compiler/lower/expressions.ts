/**
 * Lowering of TypeScript expressions to Python expression text. Every operation whose Python
 * meaning differs from JavaScript for the operand kinds at hand goes through a runtime helper;
 * anything that cannot be made exact is refused with a diagnostic.
 */
import { compoundOperator } from "./operators.ts";
import { readAsNumber } from "./numeric-reads.ts";
import { Node, ts, type Expression, type Type } from "ts-morph";
import { LowerContext, owningFunction, pyString, isFunctionScopeNode, attr } from "./context.ts";
import { intClassOf, rangeOf, inBoundsRead, literalValue } from "./fast-paths.ts";
import { isPresentKeyRead } from "./literal-sets.ts";
import { isU32Variable } from "./u32-variables.ts";
import { formatConcat } from "./string-format.ts";
import { countedRecord } from "./order-free-records.ts";
import { referencedSymbol } from "./references.ts";
import { guardedModCode } from "./mod-fast-path.ts";
import { kindOf, kindOfNode, nullability, kindWithoutNullish, type Kind } from "./types.ts";
import { lowerCall, lowerNew, lowerGlobalProperty, lowerPropertyOf, globalName } from "./builtins.ts";
import { lowerFunctionExpression } from "./functions.ts";
import { codePointIterable } from "./utf16.ts";
import { instanceOfBuiltin } from "./instanceof.ts";
import { lowerRegexLiteral } from "./regex-calls.ts";
import { lowerSlotAssignment } from "./assign-in-expression.ts";
import { isCell } from "./loop-cells.ts";
import { lowerYield, isGeneratorNode } from "./generators.ts";
import { needsBinding, lowerBoundObjectLiteral, literalAccessor } from "./object-this.ts";

const SK = ts.SyntaxKind;

/** True when `code` needs no parentheses to be used as an operand or call target. */
export function isAtomic(code: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && !/[\w.]/.test(c)) return false;
  }
  return true;
}

/** `super(Class, self)`: explicit, so it also works inside nested functions and lambdas. */
export function superCode(ctx: LowerContext, node: Node): string {
  const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a));
  const name = cls ? ctx.pyName(cls) : undefined;
  const member = node.getFirstAncestor((a) => (Node.isMethodDeclaration(a) || Node.isPropertyDeclaration(a)) && a.getParent() === cls);
  const isStatic = !!member && (Node.isMethodDeclaration(member) || Node.isPropertyDeclaration(member)) && member.isStatic();
  return name ? `super(${name}, ${isStatic ? "cls" : "self"})` : "super()";
}

export function paren(code: string): string {
  return isAtomic(code) ? code : `(${code})`;
}

export function lowerExpr(ctx: LowerContext, node: Expression | Node): string {
  const code = lowerExprInner(ctx, node);
  return code;
}

/** A Python boolean expression for the JavaScript truthiness of `node`. */
export function lowerCondition(ctx: LowerContext, node: Node): string {
  if (Node.isParenthesizedExpression(node)) return lowerCondition(ctx, node.getExpression());
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SK.ExclamationToken) {
    return `not ${paren(lowerCondition(ctx, node.getOperand()))}`;
  }
  if (Node.isBinaryExpression(node)) {
    const op = node.getOperatorToken().getKind();
    if (op === SK.AmpersandAmpersandToken) return `${paren(lowerCondition(ctx, node.getLeft()))} and ${paren(lowerCondition(ctx, node.getRight()))}`;
    if (op === SK.BarBarToken) return `${paren(lowerCondition(ctx, node.getLeft()))} or ${paren(lowerCondition(ctx, node.getRight()))}`;
  }
  const code = lowerExpr(ctx, node);
  const inner = skipParens(node);
  // Bitwise results are always 32-bit integers (never NaN): truthy means non-zero.
  if ((Node.isBinaryExpression(inner) && BITWISE.has(inner.getOperatorToken().getKind())) || (Node.isPrefixUnaryExpression(inner) && inner.getOperatorToken() === SK.TildeToken)) {
    return `${paren(code)} != 0`;
  }
  return truthyOf(ctx, code, node.getType(), mayBeMissing(node));
}

/**
 * Element reads (`arr[i]`, `record[key]`) can be undefined although TypeScript types them without
 * undefined (no noUncheckedIndexedAccess): `??`, `?.` and truthiness must still handle it.
 */
export function mayBeMissing(node: Node): boolean {
  const n = skipParens(node);
  if (Node.isElementAccessExpression(n)) return true;
  if (Node.isPropertyAccessExpression(n)) {
    const t = n.getExpression().getType().getNonNullableType();
    if (kindOf(t) === "record" && !t.getProperty(n.getName())) return true;
  }
  return false;
}

/** Python code that is a Python bool equal to JS truthiness of a value of `type` held in `code`. */
export function truthyOf(ctx: LowerContext, code: string, type: Type, missing = false): string {
  const kind = kindOf(type);
  if (kind === "boolean" && !missing) return code;
  if (kind === "string" && !missing) return code;
  if (kind === "undefined" || kind === "null") return "False";
  const { undef: declaredUndef, nul } = nullability(type);
  const undef = declaredUndef || missing;
  const inner = kindWithoutNullish(type);
  if (["array", "class", "record", "map", "set", "error", "function", "external", "bytes"].includes(inner)) {
    if (!undef && !nul) return "True";
    if (!nul) return `${paren(code)} is not None`;
  }
  return `${ctx.helper("truthy")}(${code})`;
}

function numericLiteral(text: string): string {
  const value = Number(text.replace(/_/g, ""));
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 53) return String(value);
  if (!Number.isFinite(value)) return `float("inf")`;
  const s = String(value);
  return s.includes(".") || s.includes("e") ? s : `${s}.0`;
}

function lowerTemplate(ctx: LowerContext, node: Node): string {
  if (Node.isNoSubstitutionTemplateLiteral(node)) return pyString(node.getLiteralText());
  if (!Node.isTemplateExpression(node)) ctx.refuse("unsupportedSyntax", node, "this template literal");
  const formatted = formatConcat(ctx, node, (n) => lowerExpr(ctx, n));
  if (formatted !== undefined) return formatted;
  const parts: string[] = [];
  const head = node.getHead().getLiteralText();
  if (head) parts.push(pyString(head));
  for (const span of node.getTemplateSpans()) {
    const expr = span.getExpression();
    parts.push(toStringCode(ctx, expr));
    const lit = span.getLiteral().getLiteralText();
    if (lit) parts.push(pyString(lit));
  }
  if (parts.length === 0) return '""';
  if (parts.length === 1 && !isStringLiteralCode(parts[0]!) && !isStringLike(ctx, node)) return parts[0]!;
  return parts.map((p) => (isAtomic(p) ? p : `(${p})`)).join(" + ");
}

function isStringLiteralCode(code: string): boolean {
  return code.startsWith('"');
}

function isStringLike(_ctx: LowerContext, _node: Node): boolean {
  return true;
}

/** Python code for String(value) of a TS expression. */
export function toStringCode(ctx: LowerContext, expr: Node): string {
  const kind = kindOfNode(expr);
  const code = lowerExpr(ctx, expr);
  if (kind === "string") return code;
  return numberToStringCode(ctx, code, expr);
}

/** String(x) of lowered `code`: Python's str() for an int proven within 2^53 (no -0, no float). */
export function numberToStringCode(ctx: LowerContext, code: string, expr: Node): string {
  return rangeOf(expr, ctx.inRangeReads) ? `str(${code})` : `${ctx.helper("js_str")}(${code})`;
}

export function identifierDecl(node: Node): Node | undefined {
  // The name node of `{ x }` has the property's symbol; the variable it reads, or writes in a
  // destructuring assignment (`({ x } = o)`), is the shorthand's value symbol.
  const parent = node.getParent();
  const symbol = Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === node ? parent.getValueSymbol() : node.getSymbol();
  if (!symbol) return undefined;
  const decl = symbol.getDeclarations()[0];
  if (decl && Node.isImportSpecifier(decl)) return decl;
  return symbol.getValueDeclaration() ?? decl;
}

/** Python name for an identifier reference; records nonlocal/global needs for assignments. */
export function lowerIdentifier(ctx: LowerContext, node: Node, forAssignment = false): string {
  const text = node.getText();
  if (text === "undefined") return "None";
  if (text === "NaN") return ctx.helper("NaN");
  if (text === "Infinity") return ctx.helper("Infinity");
  const decl = identifierDecl(node);
  if (!decl) return ctx.refuse("unsupportedGlobal", node, text);
  let name = ctx.pyName(decl);
  if (!name) {
    const global = lowerGlobalProperty(ctx, node, text, decl);
    if (global !== undefined) return global;
    // Declared later in the same module (function hoisting, classes used inside functions …).
    name = declareLate(ctx, decl, text);
  }
  if (isCell(ctx, decl)) return `${name}[0]`;
  if (forAssignment) noteAssignment(ctx, decl, name);
  return name;
}

function declareLate(ctx: LowerContext, decl: Node, text: string): string {
  if (decl.getSourceFile() !== ctx.file) return ctx.refuse("unsupportedGlobal", decl, text);
  // Find the Python scope of the declaring function if it is on our scope chain.
  const owner = owningFunction(decl);
  let s: typeof ctx.scope | null = ctx.scope;
  while (s && s.node !== owner) s = s.parent;
  return ctx.declare(decl, text, s ?? ctx.scope);
}

function noteAssignment(ctx: LowerContext, decl: Node, name: string): void {
  const owner = owningFunction(decl);
  const scope = ctx.variableScope();
  if (scope.node === owner) return;
  if (Node.isSourceFile(owner)) {
    if (scope.kind !== "module") scope.globals.add(name);
  } else {
    scope.nonlocals.add(name);
  }
}

function lowerExprInner(ctx: LowerContext, node: Node): string {
  switch (node.getKind()) {
    case SK.NumericLiteral:
      return numericLiteral(node.getText());
    case SK.StringLiteral:
      return pyString((node as unknown as { getLiteralValue(): string }).getLiteralValue());
    case SK.NoSubstitutionTemplateLiteral:
    case SK.TemplateExpression:
      return lowerTemplate(ctx, node);
    case SK.TrueKeyword:
      return "True";
    case SK.FalseKeyword:
      return "False";
    case SK.NullKeyword:
      return ctx.helper("null");
    case SK.ThisKeyword:
      return lowerThis(ctx, node);
    case SK.SuperKeyword:
      return superCode(ctx, node);
    case SK.Identifier:
      return lowerIdentifier(ctx, node);
    case SK.ParenthesizedExpression:
      return paren(lowerExpr(ctx, (node as unknown as { getExpression(): Node }).getExpression()));
    case SK.AsExpression:
    case SK.NonNullExpression:
    case SK.SatisfiesExpression:
    case SK.TypeAssertionExpression:
      return lowerExpr(ctx, (node as unknown as { getExpression(): Node }).getExpression());
    case SK.ArrayLiteralExpression:
      return lowerArrayLiteral(ctx, node);
    case SK.ObjectLiteralExpression:
      return lowerObjectLiteral(ctx, node);
    case SK.PropertyAccessExpression:
    case SK.ElementAccessExpression:
      return lowerAccessChain(ctx, node);
    case SK.CallExpression:
      return lowerAccessChain(ctx, node);
    case SK.NewExpression:
      return lowerNew(ctx, node as never);
    case SK.BinaryExpression:
      return lowerBinary(ctx, node);
    case SK.PrefixUnaryExpression:
      return lowerPrefix(ctx, node);
    case SK.PostfixUnaryExpression:
      return lowerPostfix(ctx, node);
    case SK.ConditionalExpression: {
      const n = node.asKindOrThrow(SK.ConditionalExpression);
      return `${paren(lowerExpr(ctx, n.getWhenTrue()))} if ${paren(lowerCondition(ctx, n.getCondition()))} else ${paren(lowerExpr(ctx, n.getWhenFalse()))}`;
    }
    case SK.ArrowFunction:
    case SK.FunctionExpression:
      return lowerFunctionExpression(ctx, node);
    case SK.TypeOfExpression: {
      const operand = node.asKindOrThrow(SK.TypeOfExpression).getExpression();
      if (isLibraryFunction(operand)) return '"function"';
      return `${ctx.helper("typeof")}(${lowerExpr(ctx, operand)})`;
    }
    case SK.VoidExpression:
      return `(${lowerExpr(ctx, node.asKindOrThrow(SK.VoidExpression).getExpression())}, None)[1]`;
    case SK.RegularExpressionLiteral:
      return lowerRegexLiteral(ctx, node);
    case SK.AwaitExpression: {
      const fn = node.getFirstAncestor((a) => isFunctionScopeNode(a));
      if (!fn || !(fn as unknown as { isAsync?(): boolean }).isAsync?.()) return ctx.refuse("asyncUnsupported", node);
      return `(yield ${lowerExpr(ctx, node.asKindOrThrow(SK.AwaitExpression).getExpression())})`;
    }
    case SK.YieldExpression:
      return lowerYield(ctx, node);
    case SK.ClassExpression:
      return ctx.refuse("classExpression", node);
    case SK.DeleteExpression:
      return ctx.refuse("delete", node);
    case SK.BigIntLiteral:
      return ctx.refuse("bigint", node);
    case SK.TaggedTemplateExpression:
      return ctx.refuse("unsupportedSyntax", node, "a tagged template");
    case SK.SpreadElement:
      return ctx.refuse("spreadObject", node);
    case SK.PrivateIdentifier:
      return ctx.refuse("privateName", node);
    default:
      return ctx.refuse("unsupportedSyntax", node, `'${node.getKindName()}'`);
  }
}

function lowerThis(ctx: LowerContext, node: Node): string {
  // `this` inside arrows refers to the enclosing method's self.
  let cur: Node | undefined = node.getParent();
  while (cur) {
    if (Node.isArrowFunction(cur)) {
      cur = cur.getParent();
      continue;
    }
    if (isFunctionScopeNode(cur) || Node.isPropertyDeclaration(cur)) {
      if (Node.isFunctionExpression(cur) || Node.isFunctionDeclaration(cur)) break;
      if (Node.isObjectLiteralExpression(cur.getParent())) {
        if (needsBinding(cur.getParent() as import("ts-morph").ObjectLiteralExpression)) return "this_"; // object-this.ts
        break;
      }
      const isStatic = (Node.isMethodDeclaration(cur) || Node.isPropertyDeclaration(cur) || Node.isGetAccessorDeclaration(cur) || Node.isSetAccessorDeclaration(cur)) && cur.isStatic();
      return isStatic ? "cls" : "self";
    }
    if (Node.isClassDeclaration(cur) || Node.isSourceFile(cur)) break;
    cur = cur.getParent();
  }
  return ctx.refuse("dynamicThis", node);
}

function lowerArrayLiteral(ctx: LowerContext, node: Node): string {
  const elements = node.asKindOrThrow(SK.ArrayLiteralExpression).getElements();
  const chunks: string[] = [];
  let current: string[] = [];
  for (const el of elements) {
    if (Node.isSpreadElement(el)) {
      if (current.length) chunks.push(`[${current.join(", ")}]`);
      current = [];
      const inner = el.getExpression();
      const kind = kindOfNode(inner);
      const code = codePointIterable(ctx, inner, lowerExpr(ctx, inner));
      if (kind === "array") chunks.push(`list(${code})`);
      else if (kind === "string" || kind === "set" || kind === "map" || isGeneratorNode(inner)) chunks.push(`list(${code})`);
      else ctx.refuse("spreadObject", el);
    } else if (Node.isOmittedExpression(el)) {
      ctx.refuse("unsupportedSyntax", el, "an array hole");
    } else {
      current.push(lowerExpr(ctx, el));
    }
  }
  if (current.length || chunks.length === 0) chunks.push(`[${current.join(", ")}]`);
  return chunks.length === 1 ? chunks[0]! : chunks.join(" + ");
}

function propertyKey(ctx: LowerContext, nameNode: Node): string {
  if (Node.isIdentifier(nameNode) || Node.isPrivateIdentifier(nameNode)) return pyString(nameNode.getText());
  if (Node.isStringLiteral(nameNode)) return pyString(nameNode.getLiteralValue());
  if (Node.isNumericLiteral(nameNode)) return pyString(String(Number(nameNode.getText())));
  if (Node.isComputedPropertyName(nameNode)) {
    const expr = nameNode.getExpression();
    return toStringCode(ctx, expr);
  }
  return ctx.refuse("computedKey", nameNode);
}

/** The variable a shorthand property `{ v }` reads. */
export function lowerShorthandValue(ctx: LowerContext, prop: import("ts-morph").ShorthandPropertyAssignment): string {
  const checker = ctx.file.getProject().getTypeChecker();
  const sym = checker.compilerObject.getShorthandAssignmentValueSymbol(prop.compilerNode);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (decl) {
    for (const [node, name] of ctx.names) if (node.compilerNode === decl) return isCell(ctx, node) ? `${name}[0]` : name;
    if (sym && (sym.flags & ts.SymbolFlags.Alias) === 0) {
      const sf = decl.getSourceFile();
      if (sf.fileName === ctx.file.getFilePath()) {
        const declNode = ctx.file.getDescendantAtPos(decl.getStart());
        const owner = declNode?.getFirstAncestor((a) => a.compilerNode === decl) ?? declNode;
        if (owner && owner.compilerNode === decl) return lowerIdentifierForDecl(ctx, owner, prop.getName());
      }
    }
  }
  const name = prop.getName();
  if (name === "undefined") return "None";
  return lowerIdentifier(ctx, prop.getNameNode());
}

function lowerIdentifierForDecl(ctx: LowerContext, decl: Node, text: string): string {
  return ctx.pyName(decl) ?? declareLate(ctx, decl, text);
}

function lowerObjectLiteral(ctx: LowerContext, node: Node): string {
  const lit = node.asKindOrThrow(SK.ObjectLiteralExpression);
  if (needsBinding(lit)) {
    return lowerBoundObjectLiteral(ctx, lit, (prop) => {
      if (Node.isPropertyAssignment(prop)) return [propertyKey(ctx, prop.getNameNode()), lowerExpr(ctx, prop.getInitializerOrThrow())];
      if (Node.isShorthandPropertyAssignment(prop)) return [pyString(prop.getName()), lowerShorthandValue(ctx, prop)];
      return [propertyKey(ctx, (prop as import("ts-morph").MethodDeclaration).getNameNode()), lowerFunctionExpression(ctx, prop)];
    }, (n) => propertyKey(ctx, n));
  }
  const args: string[] = [];
  const spreads: string[] = [];
  let pieces: string[] = [];
  const flush = () => {
    if (pieces.length) spreads.push(`${ctx.helper("obj")}(${pieces.join(", ")})`);
    pieces = [];
  };
  for (const prop of lit.getProperties()) {
    if (Node.isPropertyAssignment(prop)) {
      pieces.push(propertyKey(ctx, prop.getNameNode()), lowerExpr(ctx, prop.getInitializerOrThrow()));
    } else if (Node.isShorthandPropertyAssignment(prop)) {
      pieces.push(pyString(prop.getName()), lowerShorthandValue(ctx, prop));
    } else if (Node.isSpreadAssignment(prop)) {
      const kind = kindOfNode(prop.getExpression());
      if (kind !== "record") ctx.refuse("spreadObject", prop);
      flush();
      spreads.push(lowerExpr(ctx, prop.getExpression()));
    } else if (Node.isMethodDeclaration(prop)) {
      pieces.push(pyString(prop.getName()), lowerFunctionExpression(ctx, prop));
    } else {
      ctx.refuse("getterInObjectLiteral", prop);
    }
  }
  if (spreads.length === 0) return `${ctx.helper("obj")}(${pieces.join(", ")})`;
  flush();
  void args;
  return `${ctx.helper("spread_obj")}(${spreads.join(", ")})`;
}

/**
 * An object literal as a Python dict literal, for records whose key order nothing observes
 * (order-free-records.ts); undefined when the literal needs more than plain keys and values.
 */
export function lowerObjectLiteralAsDict(ctx: LowerContext, node: Node): string | undefined {
  if (!Node.isObjectLiteralExpression(node) || needsBinding(node)) return undefined;
  const items: string[] = [];
  for (const prop of node.getProperties()) {
    if (Node.isPropertyAssignment(prop)) items.push(`${propertyKey(ctx, prop.getNameNode())}: ${lowerExpr(ctx, prop.getInitializerOrThrow())}`);
    else if (Node.isShorthandPropertyAssignment(prop)) items.push(`${pyString(prop.getName())}: ${lowerShorthandValue(ctx, prop)}`);
    else return undefined;
  }
  return `{${items.join(", ")}}`;
}

// ── property access, element access, calls (with optional chaining) ───────────────────────────────

/** `a.b(1)` (no `?.` on the call) is one segment: the call lowers with the object `a`. */
export function isMethodCall(node: Node): boolean {
  return Node.isCallExpression(node) && !hasQuestionDot(node) && (Node.isPropertyAccessExpression(node.getExpression()) || Node.isElementAccessExpression(node.getExpression()));
}

function chainSegments(node: Node): Node[] {
  const segs: Node[] = [];
  let cur: Node = node;
  while (Node.isPropertyAccessExpression(cur) || Node.isElementAccessExpression(cur) || Node.isCallExpression(cur) || Node.isNonNullExpression(cur)) {
    segs.unshift(cur);
    cur = isMethodCall(cur)
      ? ((cur as import("ts-morph").CallExpression).getExpression() as import("ts-morph").PropertyAccessExpression).getExpression()
      : (cur as unknown as { getExpression(): Node }).getExpression();
    if (Node.isParenthesizedExpression(cur)) break;
  }
  return segs;
}

/** Whether a chain segment short-circuits on a nullish object (`a?.b`, `a?.[i]`, `f?.()`, `a?.m()`). */
function segmentOptional(seg: Node): boolean {
  return hasQuestionDot(seg) || (isMethodCall(seg) && hasQuestionDot((seg as import("ts-morph").CallExpression).getExpression()));
}

/** The expression a segment applies to (the object of a method call). */
function segmentTarget(seg: Node): Node {
  if (isMethodCall(seg)) return ((seg as import("ts-morph").CallExpression).getExpression() as import("ts-morph").PropertyAccessExpression).getExpression();
  return (seg as unknown as { getExpression(): Node }).getExpression();
}

/** An int literal index 0 <= k < 2^31 (`a[2]`), or undefined. */
export function constantIndex(arg: Node): number | undefined {
  const k = literalValue(arg);
  return k !== undefined && k >= 0 && k < 2 ** 31 ? k : undefined;
}

/**
 * `a[k]` of an array or Uint8Array held in a plain name, with a literal index: the element, or
 * undefined past the end, inline instead of a `get` call (the name is read twice, which has no effect).
 */
export function constantIndexRead(name: string, k: number): string {
  return `(${name}[${k}] if len(${name}) > ${k} else None)`;
}

export function hasQuestionDot(node: Node): boolean {
  return (node.compilerNode as ts.Node & { questionDotToken?: ts.Node }).questionDotToken !== undefined;
}

export function lowerAccessChain(ctx: LowerContext, node: Node): string {
  const segs = chainSegments(node);
  const anyOptional = segs.some(segmentOptional);
  if (!anyOptional) return lowerSegment(ctx, node, undefined);
  // Short-circuit: everything after a `?.` is skipped when the value before it is nullish.
  const build = (i: number, objCode: string | undefined): string => {
    const seg = segs[i]!;
    if (segmentOptional(seg)) {
      const target = segmentTarget(seg);
      const base = objCode ?? lowerExpr(ctx, target);
      const t = isAtomic(base) && /^[A-Za-z_]\w*$/.test(base) ? base : ctx.tmp();
      const bind = t === base ? base : `(${t} := ${base})`;
      const { nul } = nullability(target.getType());
      const test = nul ? `${ctx.helper("nullish")}(${bind})` : `${bind} is None`;
      const rest = i + 1 < segs.length ? build(i + 1, lowerSegment(ctx, seg, t)) : lowerSegment(ctx, seg, t);
      return `None if ${test} else ${paren(rest)}`;
    }
    const code = lowerSegment(ctx, seg, objCode);
    return i + 1 < segs.length ? build(i + 1, code) : code;
  };
  // Segments before the first `?.` are lowered as one plain chain.
  const first = segs.findIndex(segmentOptional);
  const baseCode = first > 0 ? lowerSegment(ctx, segs[first - 1]!, undefined) : undefined;
  return build(first, baseCode);
}

/** Lowers one access/call node; `objCode` overrides the code of its object expression. */
function lowerSegment(ctx: LowerContext, node: Node, objCode: string | undefined): string {
  if (Node.isNonNullExpression(node)) return objCode ?? lowerExpr(ctx, node.getExpression());
  if (Node.isCallExpression(node)) return lowerCall(ctx, node, objCode);
  if (Node.isPropertyAccessExpression(node)) {
    const target = node.getExpression();
    const name = node.getName();
    if (name === "prototype" || name === "__proto__") ctx.refuse("prototype", node);
    // Object.keys(o).length of a record held as a plain dict (order-free-records.ts): its size.
    const counted = objCode === undefined && name === "length" ? countedRecord(target) : undefined;
    if (counted) return `len(${lowerExpr(ctx, counted)})`;
    const obj = objCode ?? (globalName(target) ? "" : lowerObjectOf(ctx, target));
    return lowerPropertyOf(ctx, node, target, obj, name);
  }
  if (Node.isElementAccessExpression(node)) {
    const element = objCode === undefined ? ctx.elementReads.get(node) : undefined;
    if (element) return element;
    const target = node.getExpression();
    const obj = objCode ?? lowerObjectOf(ctx, target);
    const arg = node.getArgumentExpressionOrThrow();
    const kind = kindWithoutNullish(target.getType());
    if (Node.isStringLiteral(arg) && ["class", "external", "error"].includes(kind)) {
      return `${paren(obj)}.${arg.getLiteralValue()}`;
    }
    if ((ctx.inRangeReads.has(node) || inBoundsRead(node, ctx.inRangeReads)) && !objCode) return `${paren(obj)}[${lowerExpr(ctx, arg)}]`;
    if (kind === "array" || kind === "string" || kind === "bytes") {
      const k = kind !== "string" && !readAsNumber(node) ? constantIndex(arg) : undefined;
      if (k !== undefined && /^[A-Za-z_]\w*$/.test(obj)) return constantIndexRead(obj, k);
      return `${ctx.helper(readAsNumber(node) ? "get_num" : "get")}(${obj}, ${lowerExpr(ctx, arg)})`;
    }
    if (kind === "external") return `${paren(obj)}[${lowerExpr(ctx, arg)}]`;
    if (kind === "record") {
      const keyKind = kindOfNode(arg);
      const key = keyKind === "string" ? lowerExpr(ctx, arg) : toStringCode(ctx, arg);
      if (isEnumObject(target)) return `${paren(obj)}.${Node.isStringLiteral(arg) ? arg.getLiteralValue() : ctx.refuse("unsupportedSyntax", node, "indexing an enum")}`;
      // A key proven present (literal-sets.ts) reads as plain indexing: never undefined.
      if (!objCode && isPresentKeyRead(node, ctx.inRangeReads)) return `${paren(obj)}[${key}]`;
      return readAsNumber(node) ? `${paren(obj)}.get(${key}, ${ctx.helper("NaN")})` : `${paren(obj)}.get(${key})`;
    }
    if (isEnumObject(target)) return enumIndex(ctx, node, obj, arg);
    return ctx.refuse("anyType", node, target.getType().getText(node));
  }
  return lowerExpr(ctx, node);
}

/** `console.log`, `Math.floor` …: a method of a library global, a function that always exists. */
function isLibraryFunction(node: Node): boolean {
  const n = skipParens(node);
  return Node.isPropertyAccessExpression(n) && !n.getQuestionDotTokenNode() && globalName(n.getExpression()) !== undefined && n.getType().getCallSignatures().length > 0;
}

function isEnumObject(node: Node): boolean {
  let sym = node.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol();
  return !!sym?.getDeclarations().some((d) => Node.isEnumDeclaration(d));
}

/** `Dir["Up"]` is the member; `Dir[n]` the name of a numeric member (undefined if none); `Dir[key]` the member named key. */
function enumIndex(ctx: LowerContext, node: Node, obj: string, arg: Node): string {
  const a = skipParens(arg);
  if (Node.isStringLiteral(a) || Node.isNoSubstitutionTemplateLiteral(a)) return `${paren(obj)}.${attr(a.getLiteralValue())}`;
  const k = kindOfNode(a);
  if (k === "number") return `${paren(obj)}._names.get(${lowerExpr(ctx, a)})`;
  if (k === "string") return `getattr(${obj}, ${lowerExpr(ctx, a)}, None)`;
  return ctx.refuse("anyType", node, a.getType().getText(node));
}

function lowerObjectOf(ctx: LowerContext, target: Node): string {
  if (Node.isSuperExpression(target)) return superCode(ctx, target);
  return lowerExpr(ctx, target);
}

// ── operators ────────────────────────────────────────────────────────────────────────────────────


const SIMPLE = /^[A-Za-z_]\w*$/;
const BITWISE = new Set<ts.SyntaxKind>([SK.AmpersandToken, SK.BarToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken, SK.GreaterThanGreaterThanGreaterThanToken]);

/** Python code for `left <op> right` given already-lowered operands and their types. */
export function binaryCode(ctx: LowerContext, op: ts.SyntaxKind, l: string, r: string, lt: Type, rt: Type, node: Node): string {
  const lk = kindOf(lt);
  const rk = kindOf(rt);
  const L = paren(l);
  const R = paren(r);
  const fast = bitwiseFastPath(ctx, op, L, R, node);
  if (fast !== undefined) return fast;
  switch (op) {
    case SK.PlusToken:
      if (lk === "number" && rk === "number") return `${L} + ${R}`;
      if (lk === "string" && rk === "string") return `${L} + ${R}`;
      if (lk === "string") return `${L} + ${Node.isBinaryExpression(node) ? numberToStringCode(ctx, r, node.getRight()) : `${ctx.helper("js_str")}(${r})`}`;
      if (rk === "string") return `${Node.isBinaryExpression(node) ? numberToStringCode(ctx, l, node.getLeft()) : `${ctx.helper("js_str")}(${l})`} + ${R}`;
      return `${ctx.helper("add")}(${l}, ${r})`;
    case SK.MinusToken:
      requireNumbers(ctx, node, lk, rk);
      return `${L} - ${R}`;
    case SK.AsteriskToken:
      requireNumbers(ctx, node, lk, rk);
      return productCannotBeNegativeZero(ctx, node) ? `${L} * ${R}` : `${ctx.helper("mul")}(${l}, ${r})`;
    case SK.SlashToken:
      requireNumbers(ctx, node, lk, rk);
      return `${ctx.helper("div")}(${l}, ${r})`;
    case SK.PercentToken:
      requireNumbers(ctx, node, lk, rk);
      // With a positive literal divisor and a non-negative dividend Python's % is JS's %.
      if (Node.isBinaryExpression(node) && (rangeOf(node.getLeft(), ctx.inRangeReads)?.lo ?? -1) >= 0 && (rangeOf(node.getRight(), ctx.inRangeReads)?.lo ?? 0) >= 1) return `${L} % ${R}`;
      return guardedModCode(ctx, l, r, node) ?? `${ctx.helper("mod")}(${l}, ${r})`;
    case SK.AsteriskAsteriskToken:
      requireNumbers(ctx, node, lk, rk);
      return `${ctx.helper("js_pow")}(${l}, ${r})`;
    case SK.AmpersandToken:
      // An int masked with a non-negative 31-bit literal: Python's & gives JS's result.
      if (SIMPLE.test(l) && /^\d+$/.test(r) && Number(r) <= 0x7fffffff) return `${l} & ${r} if type(${l}) is int else ${ctx.helper("band")}(${l}, ${r})`;
      return `${ctx.helper("band")}(${l}, ${r})`;
    case SK.BarToken:
      return `${ctx.helper("bor")}(${l}, ${r})`;
    case SK.CaretToken:
      return `${ctx.helper("bxor")}(${l}, ${r})`;
    case SK.LessThanLessThanToken:
      return `${ctx.helper("shl")}(${l}, ${r})`;
    case SK.GreaterThanGreaterThanToken:
      if (SIMPLE.test(l) && /^\d+$/.test(r) && Number(r) < 32) return `${l} >> ${r} if type(${l}) is int and -2147483648 <= ${l} <= 2147483647 else ${ctx.helper("shr")}(${l}, ${r})`;
      return `${ctx.helper("shr")}(${l}, ${r})`;
    case SK.GreaterThanGreaterThanGreaterThanToken:
      if (SIMPLE.test(l) && /^\d+$/.test(r) && Number(r) < 32) return `${l} >> ${r} if type(${l}) is int and 0 <= ${l} <= 4294967295 else ${ctx.helper("ushr")}(${l}, ${r})`;
      return `${ctx.helper("ushr")}(${l}, ${r})`;
    case SK.LessThanToken:
    case SK.GreaterThanToken:
    case SK.LessThanEqualsToken:
    case SK.GreaterThanEqualsToken: {
      const pyOp = { [SK.LessThanToken]: "<", [SK.GreaterThanToken]: ">", [SK.LessThanEqualsToken]: "<=", [SK.GreaterThanEqualsToken]: ">=" }[op as number]!;
      if ((lk === "number" && rk === "number") || (lk === "string" && rk === "string")) return `${L} ${pyOp} ${R}`;
      return ctx.refuse("anyType", node, `${lt.getText(node)} ${pyOp} ${rt.getText(node)}`);
    }
    default:
      return ctx.refuse("unsupportedSyntax", node, `the operator '${ts.tokenToString(op) ?? op}'`);
  }
}

/**
 * Python's `*` on ints gives 0 where JavaScript gives -0 (`0 * -1`); it is exact when one factor
 * is a positive literal (a float -0 stays -0.0 in Python) or both ranges are proven (fast-paths.ts).
 */
export function productCannotBeNegativeZero(ctx: LowerContext, node: Node): boolean {
  if (!Node.isBinaryExpression(node)) return false;
  // A positive factor (a literal, or a proven int >= 1): -0 needs a negative one.
  const positive = (n: Node) => {
    const e = skipParens(n);
    return (Node.isNumericLiteral(e) && e.getLiteralValue() > 0) || (rangeOf(e, ctx.inRangeReads)?.lo ?? 0) >= 1;
  };
  // x * x of one variable: a square is never -0 ((-0) * (-0) is 0).
  const l = skipParens(node.getLeft());
  const r = skipParens(node.getRight());
  const square = Node.isIdentifier(l) && Node.isIdentifier(r) && l.getText() === r.getText() && !!l.getSymbol() && l.getSymbol() === r.getSymbol();
  return square || positive(node.getLeft()) || positive(node.getRight()) || rangeOf(node, ctx.inRangeReads) !== undefined;
}

/** Python int → JavaScript int32 (ToInt32), inline. */
const wrap32 = (code: string) => `((${code} + 2147483648) & 4294967295) - 2147483648`;

/**
 * Wrapped results this lowering produced → the unwrapped code: an operand that is only needed
 * modulo 2^32 (masked, or inside another wrap) skips its own wrap.
 */
const wrappedCodes = new WeakMap<LowerContext, Map<string, string>>();
function bitsOf(ctx: LowerContext, code: string): string {
  const m = wrappedCodes.get(ctx);
  if (!m) return code;
  for (let c = code; ; c = c.slice(1, -1)) {
    const inner = m.get(c);
    if (inner !== undefined) return inner;
    if (!(c.startsWith("(") && c.endsWith(")"))) return code;
  }
}
function wrapped(ctx: LowerContext, inner: string): string {
  let m = wrappedCodes.get(ctx);
  if (!m) wrappedCodes.set(ctx, (m = new Map()));
  const code = wrap32(inner);
  m.set(code, inner);
  return code;
}

/**
 * Bitwise operators on operands proven to be ints of 32 bits or less (fast-paths.ts intClassOf):
 * plain Python operators, wrapped back into int32 only when the result could leave that range.
 */
function bitwiseFastPath(ctx: LowerContext, op: ts.SyntaxKind, L: string, R: string, node: Node): string | undefined {
  if (!Node.isBinaryExpression(node)) return undefined;
  const bitOps = [SK.AmpersandToken, SK.BarToken, SK.CaretToken, SK.GreaterThanGreaterThanToken, SK.GreaterThanGreaterThanGreaterThanToken];
  if (!bitOps.includes(op)) return undefined;
  const lc = intClassOf(node.getLeft(), ctx.inRangeReads);
  if (!lc) return undefined;
  if (op === SK.GreaterThanGreaterThanToken || op === SK.GreaterThanGreaterThanGreaterThanToken) {
    const right = skipParens(node.getRight());
    if (!Node.isNumericLiteral(right)) return undefined;
    const k = Number(right.getText());
    if (!Number.isInteger(k) || k < 0 || k > 31) return undefined;
    if (op === SK.GreaterThanGreaterThanToken) return lc === "i32" ? (k ? `${L} >> ${k}` : L) : `${paren(wrap32(bitsOf(ctx, L)))} >> ${k}`;
    const u = lc === "u32" ? L : `(${bitsOf(ctx, L)} & 4294967295)`;
    return k ? `${u} >> ${k}` : u;
  }
  const rc = intClassOf(node.getRight(), ctx.inRangeReads);
  if (!rc) return undefined;
  const pyOp = op === SK.AmpersandToken ? "&" : op === SK.BarToken ? "|" : "^";
  const small = (n: Node) => {
    const x = skipParens(n);
    return Node.isNumericLiteral(x) && Number(x.getText()) >= 0 && Number(x.getText()) <= 0x7fffffff;
  };
  // Both int32: the result is int32. `x & m` with 0 <= m < 2^31 lies in [0, m] for any int x.
  if (op === SK.AmpersandToken && (small(node.getLeft()) || small(node.getRight()))) return `${bitsOf(ctx, L)} & ${bitsOf(ctx, R)}`;
  if (lc === "i32" && rc === "i32") return `${L} ${pyOp} ${R}`;
  return wrapped(ctx, `(${bitsOf(ctx, L)} ${pyOp} ${bitsOf(ctx, R)})`);
}

/**
 * `m.get(k) ?? c` with a literal `c`, on a Map whose values can be neither undefined nor null, in
 * the keyed form `m._d.get(k)` (keyed-strings.ts): `m._d.get(k, c)` (c is only needed for a key the
 * Map lacks, and evaluating a literal runs nothing).
 */
function mapGetWithDefault(ctx: LowerContext, left: Node, right: Node, lc: string): string | undefined {
  const call = skipParens(left);
  const fallback = skipParens(right);
  if (!Node.isCallExpression(call) || !/\._d\.get\([^()]*\)$/.test(lc)) return undefined;
  if (!(Node.isNumericLiteral(fallback) || Node.isStringLiteral(fallback) || fallback.getKind() === SK.TrueKeyword || fallback.getKind() === SK.FalseKeyword)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || kindOfNode(callee.getExpression()) !== "map") return undefined;
  const valueType = callee.getExpression().getType().getTypeArguments()[1];
  if (!valueType) return undefined;
  const { nul, undef } = nullability(valueType);
  if (nul || undef || valueType.isAny() || valueType.isUnknown()) return undefined;
  return `${lc.slice(0, -1)}, ${lowerExpr(ctx, fallback)})`;
}

function requireNumbers(ctx: LowerContext, node: Node, lk: Kind, rk: Kind): void {
  if (lk !== "number" || rk !== "number") {
    ctx.refuse("anyType", node, `${lk} and ${rk}`);
  }
}

function isNullLiteral(node: Node): boolean {
  const n = skipParens(node);
  return n.getKind() === SK.NullKeyword || (Node.isIdentifier(n) && n.getText() === "undefined");
}

export function skipParens(node: Node): Node {
  let cur = node;
  while (Node.isParenthesizedExpression(cur) || Node.isAsExpression(cur) || Node.isNonNullExpression(cur)) cur = cur.getExpression();
  return cur;
}

function equality(ctx: LowerContext, node: Node, left: Node, right: Node, negate: boolean, loose: boolean): string {
  const not = negate ? " not" : "";
  if (loose) {
    // Only `x == null` / `x != null` (both null and undefined) are accepted.
    const other = isNullLiteral(right) ? left : isNullLiteral(left) ? right : undefined;
    if (!other) return ctx.refuse("looseEquality", Node.isBinaryExpression(node) ? node.getOperatorToken() : node, negate ? "!=" : "==", negate ? "!==" : "===");
    const code = lowerExpr(ctx, other);
    const { nul } = nullability(other.getType());
    if (!nul) return `${paren(code)} is${not} None`;
    return `${negate ? "not " : ""}${ctx.helper("nullish")}(${code})`;
  }
  const l = skipParens(left);
  const r = skipParens(right);
  if (Node.isIdentifier(r) && r.getText() === "undefined") return `${paren(lowerExpr(ctx, left))} is${not} None`;
  if (Node.isIdentifier(l) && l.getText() === "undefined") return `${paren(lowerExpr(ctx, right))} is${not} None`;
  if (r.getKind() === SK.NullKeyword) return `${paren(lowerExpr(ctx, left))} is${not} ${ctx.helper("null")}`;
  if (l.getKind() === SK.NullKeyword) return `${paren(lowerExpr(ctx, right))} is${not} ${ctx.helper("null")}`;
  const lk = kindOfNode(left);
  const rk = kindOfNode(right);
  const lc = paren(lowerExpr(ctx, left));
  const rc = paren(lowerExpr(ctx, right));
  const primitive = (k: Kind) => k === "number" || k === "string";
  if ((primitive(lk) && lk === rk) || (lk === "boolean" && rk === "boolean")) return `${lc} ${negate ? "!=" : "=="} ${rc}`;
  const objectish = (k: Kind) => ["array", "class", "record", "map", "set", "error", "function", "external", "bytes"].includes(k);
  if (objectish(lk) && objectish(rk)) return `${lc} is${not} ${rc}`;
  return `${negate ? "not " : ""}${ctx.helper("strict_eq")}(${lc}, ${rc})`;
}

function lowerBinary(ctx: LowerContext, node: Node): string {
  const bin = node.asKindOrThrow(SK.BinaryExpression);
  const op = bin.getOperatorToken().getKind();
  const left = bin.getLeft();
  const right = bin.getRight();
  if (op === SK.PlusToken) {
    const formatted = formatConcat(ctx, bin, (n) => lowerExpr(ctx, n));
    if (formatted !== undefined) return formatted;
  }
  switch (op) {
    case SK.EqualsToken:
    case SK.PlusEqualsToken:
    case SK.MinusEqualsToken:
    case SK.AsteriskEqualsToken:
    case SK.SlashEqualsToken:
    case SK.PercentEqualsToken:
    case SK.AsteriskAsteriskEqualsToken:
    case SK.AmpersandEqualsToken:
    case SK.BarEqualsToken:
    case SK.CaretEqualsToken:
    case SK.LessThanLessThanEqualsToken:
    case SK.GreaterThanGreaterThanEqualsToken:
    case SK.GreaterThanGreaterThanGreaterThanEqualsToken:
    case SK.BarBarEqualsToken:
    case SK.AmpersandAmpersandEqualsToken:
    case SK.QuestionQuestionEqualsToken:
      return lowerAssignmentExpression(ctx, bin);
    case SK.EqualsEqualsEqualsToken:
      return equality(ctx, node, left, right, false, false);
    case SK.ExclamationEqualsEqualsToken:
      return equality(ctx, node, left, right, true, false);
    case SK.EqualsEqualsToken:
      return equality(ctx, node, left, right, false, true);
    case SK.ExclamationEqualsToken:
      return equality(ctx, node, left, right, true, true);
    case SK.AmpersandAmpersandToken:
    case SK.BarBarToken: {
      const lt = left.getType();
      const lk = kindOf(lt);
      const rk = kindOfNode(right);
      const pyOp = op === SK.AmpersandAmpersandToken ? "and" : "or";
      if ((lk === "boolean" || lk === "string") && lk === rk && !mayBeMissing(left)) {
        return `${paren(lowerExpr(ctx, left))} ${pyOp} ${paren(lowerExpr(ctx, right))}`;
      }
      const lc = lowerExpr(ctx, left);
      const t = /^[A-Za-z_]\w*$/.test(lc) ? lc : ctx.tmp();
      const bind = t === lc ? lc : `(${t} := ${lc})`;
      const test = truthyOf(ctx, bind, lt, mayBeMissing(left));
      const rc = lowerExpr(ctx, right);
      return op === SK.AmpersandAmpersandToken ? `${paren(rc)} if ${paren(test)} else ${t}` : `${t} if ${paren(test)} else ${paren(rc)}`;
    }
    case SK.QuestionQuestionToken: {
      const lc = lowerExpr(ctx, left);
      const withDefault = mapGetWithDefault(ctx, left, right, lc);
      if (withDefault) return withDefault;
      const t = /^[A-Za-z_]\w*$/.test(lc) ? lc : ctx.tmp();
      const bind = t === lc ? lc : `(${t} := ${lc})`;
      const { nul, undef: declaredUndef } = nullability(left.getType());
      const undef = declaredUndef || mayBeMissing(left);
      const test = nul ? `not ${ctx.helper("nullish")}(${bind})` : undef ? `${bind} is not None` : "True";
      if (test === "True") return lc;
      return `${t} if ${test} else ${paren(lowerExpr(ctx, right))}`;
    }
    case SK.InstanceOfKeyword: {
      const value = lowerExpr(ctx, left);
      return instanceOfBuiltin(ctx, value, right) ?? `isinstance(${value}, ${lowerExpr(ctx, right)})`;
    }
    case SK.InKeyword: {
      // `#x in obj`: whether obj was built by the class that declares #x (or a subclass).
      if (Node.isPrivateIdentifier(left)) return `hasattr(${lowerExpr(ctx, right)}, ${pyString(attr(left.getText()))})`;
      const rk = kindOfNode(right);
      if (rk === "record") return `${toStringCode(ctx, left)} in ${paren(lowerExpr(ctx, right))}`;
      return ctx.refuse("unsupportedSyntax", node, "'in' on this value");
    }
    case SK.CommaToken:
      return ctx.refuse("commaOperator", node);
    default:
      return binaryCode(ctx, op, lowerExpr(ctx, left), lowerExpr(ctx, right), left.getType(), right.getType(), node);
  }
}

function lowerPrefix(ctx: LowerContext, node: Node): string {
  const pre = node.asKindOrThrow(SK.PrefixUnaryExpression);
  const op = pre.getOperatorToken();
  const operand = pre.getOperand();
  switch (op) {
    case SK.ExclamationToken:
      return `not ${paren(lowerCondition(ctx, operand))}`;
    case SK.MinusToken: {
      if (Node.isNumericLiteral(operand)) {
        const v = lowerExpr(ctx, operand);
        return v === "0" ? "-0.0" : `-${v}`;
      }
      const k = kindOfNode(operand);
      // -"3" is -3: ToNumber first, as unary + does.
      if (["string", "boolean", "null", "undefined"].includes(k)) return `${ctx.helper("neg")}(${ctx.helper("num")}(${lowerExpr(ctx, operand)}))`;
      if (k !== "number") ctx.refuse("anyType", node, operand.getType().getText(node));
      return `${ctx.helper("neg")}(${lowerExpr(ctx, operand)})`;
    }
    case SK.PlusToken:
      if (kindOfNode(operand) === "number") return lowerExpr(ctx, operand);
      return `${ctx.helper("num")}(${lowerExpr(ctx, operand)})`;
    case SK.TildeToken:
      return `${ctx.helper("bnot")}(${lowerExpr(ctx, operand)})`;
    case SK.PlusPlusToken:
    case SK.MinusMinusToken: {
      const target = lowerAssignTarget(ctx, operand);
      if (!target.simple) return updateInExpression(ctx, node, operand, op === SK.PlusPlusToken ? 1 : -1, false);
      return `(${target.code} := ${target.code} ${op === SK.PlusPlusToken ? "+" : "-"} 1)`;
    }
    default:
      return ctx.refuse("unsupportedSyntax", node, "this prefix operator");
  }
}

function lowerPostfix(ctx: LowerContext, node: Node): string {
  const post = node.asKindOrThrow(SK.PostfixUnaryExpression);
  const operand = post.getOperand();
  const target = lowerAssignTarget(ctx, operand);
  const plus = post.getOperatorToken() === SK.PlusPlusToken;
  if (!target.simple) return updateInExpression(ctx, node, operand, plus ? 1 : -1, true);
  return `(${target.code} := ${target.code} ${plus ? "+" : "-"} 1) ${plus ? "-" : "+"} 1`;
}

/** `obj.x++`, `++arr[i]`, `rec[k]--` used as a value: a helper reads, stores and returns. */
function updateInExpression(ctx: LowerContext, node: Node, operand: Node, delta: number, post: boolean): string {
  const n = skipParens(operand);
  if (kindOfNode(n) !== "number") return ctx.refuse("anyType", node, n.getType().getText(node));
  const flag = post ? "True" : "False";
  if (Node.isIdentifier(n) && isCell(ctx, identifierDecl(n))) return `${ctx.helper("upd_item")}(${ctx.pyName(identifierDecl(n)!)}, 0, ${delta}, ${flag})`;
  if (Node.isPropertyAccessExpression(n)) {
    const target = n.getExpression();
    const kind = kindWithoutNullish(target.getType());
    const obj = lowerObjectOf(ctx, target);
    if (kind === "record") return `${ctx.helper("upd_item")}(${obj}, ${pyString(n.getName())}, ${delta}, ${flag})`;
    if ((["class", "error", "external"].includes(kind) || Node.isThisExpression(target)) && !isEnumObject(target)) {
      return `${ctx.helper("upd_attr")}(${obj}, ${pyString(kind === "external" ? n.getName() : attr(n.getName()))}, ${delta}, ${flag})`;
    }
  }
  if (Node.isElementAccessExpression(n)) {
    const target = n.getExpression();
    const kind = kindWithoutNullish(target.getType());
    const arg = n.getArgumentExpressionOrThrow();
    if (kind === "array") return `${ctx.helper("upd_item")}(${lowerObjectOf(ctx, target)}, ${lowerExpr(ctx, arg)}, ${delta}, ${flag})`;
    if (kind === "record") return `${ctx.helper("upd_item")}(${lowerObjectOf(ctx, target)}, ${kindOfNode(arg) === "string" ? lowerExpr(ctx, arg) : toStringCode(ctx, arg)}, ${delta}, ${flag})`;
  }
  return ctx.refuse("assignInExpression", node, operand.getText());
}

export interface AssignTarget {
  /** The target as Python assignment syntax (only for simple names and attributes/dict items). */
  code: string;
  /** A plain Python name (usable with :=). */
  simple: boolean;
  /** Code reading the current value (JS semantics: missing record keys / array slots are undefined). */
  read: string;
  /** The statement storing `value`. */
  write(value: string): string;
}

const SIMPLE_NAME = /^[A-Za-z_]\w*$/;

/**
 * `a[i] = v` with `a[i]` proven in range (a counting loop's element, or an int index within a
 * `const` Uint8Array's fixed length, see fast-paths.ts): Python's
 * item assignment is JavaScript's for an array; for a Uint8Array only when `v` is a plain `=` of
 * an int proven in [0, 255] (anything else needs put's ToUint8 wrap).
 */
function inRangeWrite(ctx: LowerContext, n: Node, kind: Kind): boolean {
  if (!ctx.inRangeReads.has(n) && !(kind === "bytes" && inBoundsRead(n, ctx.inRangeReads))) return false;
  if (kind === "array") return true;
  let top: Node = n;
  while (Node.isParenthesizedExpression(top.getParent())) top = top.getParent()!;
  const p = top.getParent();
  if (!Node.isBinaryExpression(p) || p.getLeft() !== top || p.getOperatorToken().getKind() !== SK.EqualsToken) return false;
  const r = rangeOf(p.getRight(), ctx.inRangeReads);
  return !!r && r.lo >= 0 && r.hi <= 255;
}

/**
 * Python target for an assignment to `node` (identifier, attribute or subscript). With `stable`,
 * object and index expressions that are not plain names are first stored in temporaries (emitted
 * as statements) so compound assignments evaluate them once.
 */
export function lowerAssignTarget(ctx: LowerContext, node: Node, stable = false): AssignTarget {
  const n = skipParens(node);
  const hold = (code: string): string => {
    if (!stable || SIMPLE_NAME.test(code) || /^-?\d+$/.test(code) || /^"[^"]*"$/.test(code)) return code;
    const t = ctx.tmp();
    ctx.emit(`${t} = ${code}`);
    return t;
  };
  const plain = (code: string, read = code): AssignTarget => ({ code, simple: false, read, write: (v) => `${code} = ${v}` });
  if (Node.isIdentifier(n)) {
    const decl = identifierDecl(n);
    if (decl && (Node.isImportSpecifier(decl) || Node.isImportClause(decl) || Node.isNamespaceImport(decl))) {
      ctx.refuse("unsupportedSyntax", n, "assigning to an imported binding");
    }
    const name = lowerIdentifier(ctx, n, true);
    return { code: name, simple: !isCell(ctx, decl), read: name, write: (v) => `${name} = ${v}` };
  }
  if (Node.isPropertyAccessExpression(n)) {
    if (hasQuestionDot(n)) ctx.refuse("unsupportedSyntax", n, "assigning through '?.'");
    const target = n.getExpression();
    const type = target.getType().getNonNullableType();
    const kind = kindOf(type);
    const name = n.getName();
    if (name === "prototype" || name === "__proto__") ctx.refuse("prototype", n);
    if (isEnumObject(target)) ctx.refuse("unsupportedSyntax", n, "assigning to an enum member");
    if (kind === "array" && name === "length") ctx.refuse("unsupportedProperty", n, "arrays", "length (assignment)");
    const obj = hold(lowerObjectOf(ctx, target));
    if (kind === "record" && literalAccessor(n)) {
      // A setter of an object literal (object-this.ts).
      const acc = `${paren(obj)}[${pyString(name)}]`;
      return { code: acc, simple: false, read: `${acc}.get()`, write: (v) => `${acc}.set(${v})` };
    }
    if (kind === "record") {
      const item = `${paren(obj)}[${pyString(name)}]`;
      return plain(item, isPresentKeyRead(n, ctx.inRangeReads) ? item : `${paren(obj)}.get(${pyString(name)})`);
    }
    if (kind === "external") return plain(`${paren(obj)}.${name}`);
    if (["class", "error"].includes(kind) || Node.isThisExpression(target)) return plain(`${paren(obj)}.${attr(name)}`);
    if (kind === "regexp" && name === "lastIndex") return plain(`${paren(obj)}.lastIndex`);
    return ctx.refuse("anyType", n, target.getType().getText(n));
  }
  if (Node.isElementAccessExpression(n)) {
    const target = n.getExpression();
    const kind = kindWithoutNullish(target.getType());
    const arg = n.getArgumentExpressionOrThrow();
    if (kind === "array" || kind === "bytes") {
      const obj = hold(lowerObjectOf(ctx, target));
      const index = hold(lowerExpr(ctx, arg));
      if (inRangeWrite(ctx, n, kind)) return plain(`${paren(obj)}[${index}]`);
      return {
        code: `${paren(obj)}[${index}]`,
        simple: false,
        read: `${ctx.helper("get")}(${obj}, ${index})`,
        write: (v) => `${ctx.helper("put")}(${obj}, ${index}, ${v})`,
      };
    }
    if (kind === "external") {
      const obj = hold(lowerObjectOf(ctx, target));
      return plain(`${paren(obj)}[${hold(lowerExpr(ctx, arg))}]`);
    }
    if (kind === "record") {
      const obj = hold(lowerObjectOf(ctx, target));
      const key = hold(kindOfNode(arg) === "string" ? lowerExpr(ctx, arg) : toStringCode(ctx, arg));
      return plain(`${paren(obj)}[${key}]`, isPresentKeyRead(n, ctx.inRangeReads) ? `${paren(obj)}[${key}]` : `${paren(obj)}.get(${key})`);
    }
    return ctx.refuse("anyType", n, target.getType().getText(n));
  }
  return ctx.refuse("unsupportedSyntax", node, "this assignment target");
}

/** Assignment used as an expression: a walrus for plain names, helpers for properties and elements. */
function lowerAssignmentExpression(ctx: LowerContext, bin: import("ts-morph").BinaryExpression): string {
  const left = bin.getLeft();
  if (Node.isArrayLiteralExpression(left) || Node.isObjectLiteralExpression(left)) ctx.refuse("assignInExpression", bin, left.getText());
  if (!Node.isIdentifier(skipParens(left)) || isCell(ctx, identifierDecl(skipParens(left)))) return lowerSlotAssignment(ctx, bin) ?? ctx.refuse("assignInExpression", bin, left.getText());
  const target = lowerAssignTarget(ctx, left);
  if (!target.simple) ctx.refuse("assignInExpression", bin, left.getText());
  const value = assignedValue(ctx, bin, target.read);
  return `(${target.code} := ${value})`;
}

/** The value `left op= right` stores (for plain `=`, just the right side). */
export function assignedValue(ctx: LowerContext, bin: import("ts-morph").BinaryExpression, targetCode: string): string {
  const opKind = bin.getOperatorToken().getKind();
  const right = bin.getRight();
  const target = skipParens(bin.getLeft());
  const sym = Node.isIdentifier(target) ? referencedSymbol(target) : undefined;
  if (sym && isU32Variable(sym, ctx.inRangeReads)) return u32Value(ctx, bin, opKind === SK.EqualsToken ? lowerExpr(ctx, right) : assignedValueOf(ctx, bin, targetCode));
  return assignedValueOf(ctx, bin, targetCode);
}

/**
 * The unsigned form of a value stored in a u32 variable (u32-variables.ts): a `^ | &` result
 * without its int32 wrap, masked unless both operands are proven unsigned.
 */
function u32Value(ctx: LowerContext, bin: import("ts-morph").BinaryExpression, code: string): string {
  const opKind = bin.getOperatorToken().getKind();
  const e = opKind === SK.EqualsToken ? skipParens(bin.getRight()) : bin;
  if (Node.isBinaryExpression(e) && [SK.CaretToken, SK.BarToken, SK.AmpersandToken, SK.CaretEqualsToken, SK.BarEqualsToken, SK.AmpersandEqualsToken].includes(e.getOperatorToken().getKind())) {
    const unsigned = (o: Node) => (rangeOf(o, ctx.inRangeReads)?.lo ?? -1) >= 0;
    const bits = bitsOf(ctx, code);
    // x & y is unsigned when either side is; x ^ y and x | y when both are.
    const and = [SK.AmpersandToken, SK.AmpersandEqualsToken].includes(e.getOperatorToken().getKind());
    const l = unsigned(e.getLeft());
    const r = unsigned(e.getRight());
    return (and ? l || r : l && r) ? bits : `${paren(bits)} & 4294967295`;
  }
  const r = rangeOf(e, ctx.inRangeReads);
  return r && r.lo >= 0 && r.hi < 2 ** 32 ? code : `${paren(code)} & 4294967295`;
}

function assignedValueOf(ctx: LowerContext, bin: import("ts-morph").BinaryExpression, targetCode: string): string {
  const opKind = bin.getOperatorToken().getKind();
  const right = bin.getRight();
  if (opKind === SK.EqualsToken) return lowerExpr(ctx, right);
  const base = compoundOperator(opKind)!;
  const left = bin.getLeft();
  if (base === SK.BarBarToken || base === SK.AmpersandAmpersandToken) {
    const test = truthyOf(ctx, targetCode, left.getType());
    const rc = lowerExpr(ctx, right);
    return base === SK.BarBarToken ? `${targetCode} if ${paren(test)} else ${paren(rc)}` : `${paren(rc)} if ${paren(test)} else ${targetCode}`;
  }
  if (base === SK.QuestionQuestionToken) {
    const { nul } = nullability(left.getType());
    void mayBeMissing;
    const test = nul ? `not ${ctx.helper("nullish")}(${targetCode})` : `${targetCode} is not None`;
    return `${targetCode} if ${test} else ${paren(lowerExpr(ctx, right))}`;
  }
  return binaryCode(ctx, base, targetCode, lowerExpr(ctx, right), left.getType(), right.getType(), bin);
}
