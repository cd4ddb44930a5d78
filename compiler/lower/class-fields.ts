/**
 * What a closed class's fields and methods are given (closed-classes.ts), for the range proofs in
 * fast-paths.ts: every value an instance field can start with and every write of it, and the
 * argument at every call of a method. In a closed family each instance is made by `new C(…)` and
 * each member access resolves to the family's own declaration, so scanning the program's files for
 * uses of the member's symbol finds them all.
 *
 * Only fields of a root class (no base: no base constructor can read a field before it is set)
 * qualify, declared once in the family (no subclass redeclares the name), that are set before any
 * code can see the instance: an initializer that does not mention `this` (none of the class's
 * field initializers may), or a parameter property of a class no other class extends (its value is
 * the argument of each `new C(…)`).
 */
import { Node, ts, type ClassDeclaration, type Symbol as TsSymbol } from "ts-morph";
import { closedFamilyOf, programFiles } from "./closed-classes.ts";
import { isLibGlobal, isWriteTarget, referencedSymbol, returnValues } from "./references.ts";
import { COPYING_METHODS } from "./push-built-arrays.ts";
import { kindOf } from "./types.ts";

const SK = ts.SyntaxKind;

export interface FieldFacts {
  /** The values the field starts with: its initializer, or the constructor's argument at each `new`. */
  starts: Node[];
  /** Every write of the field: `e.f` targets of an assignment, `++`/`--` or `delete`. */
  writes: Node[];
}

/**
 * An analysis of a member, computed once per declaration (not per symbol: a member read through a
 * class type may resolve to an instantiated copy of its symbol).
 */
function memoized<T extends Node, V>(analyse: (decl: T) => V | undefined): (decl: T) => V | undefined {
  const cache = new WeakMap<T, V | null>();
  return (decl) => {
    const known = cache.get(decl);
    if (known !== undefined) return known ?? undefined;
    const r = analyse(decl);
    cache.set(decl, r ?? null);
    return r;
  };
}

/**
 * The declaration of the class member (property, parameter property or method) that a name node
 * refers to, or undefined. Compared by declaration, not symbol: TypeScript hands out instantiated
 * copies of a class's member symbols (through `this` types), so two reads of one field may carry
 * different symbols.
 */
export function memberDeclOf(name: Node): Node | undefined {
  const sym = referencedSymbol(name);
  if (!sym || !(sym.getFlags() & (ts.SymbolFlags.Property | ts.SymbolFlags.Method))) return undefined;
  const decls = sym.getDeclarations();
  return decls.length === 1 ? decls[0] : undefined;
}

function classOfMember(decl: Node): ClassDeclaration | undefined {
  const c = Node.isParameterDeclaration(decl) ? decl.getParent()?.getParent() : decl.getParent();
  return Node.isClassDeclaration(c) ? c : undefined;
}

/** Whether `name` names a member of one class of the family only. */
function declaredOnce(family: ReadonlySet<ClassDeclaration>, owner: ClassDeclaration, name: string): boolean {
  for (const c of family) {
    const members: Node[] = [...c.getMembers(), ...c.getConstructors().flatMap((k) => k.getParameters().filter((p) => p.getScope() !== undefined || p.isReadonly()))];
    const same = members.filter((m) => (m as Node & { getName?(): string }).getName?.() === name);
    if (c === owner ? same.length > 1 : same.length > 0) return false;
  }
  return true;
}

/** The property accesses `e.<member>` in the program whose name resolves to the member `decl`; undefined when the member is used any other way. */
function memberAccesses(decl: Node, name: string, at: Node): Node[] | undefined {
  const out: Node[] = [];
  let ok = true;
  for (const file of programFiles(at)) {
    file.forEachDescendant((n, traversal) => {
      if (!ok) return traversal.stop();
      if (!Node.isIdentifier(n) && !Node.isPrivateIdentifier(n)) return;
      if (n.getText() !== name || memberDeclOf(n) !== decl) return;
      const p = n.getParent();
      if (Node.isPropertyAccessExpression(p) && p.getNameNode() === n) out.push(p);
      else if (!((Node.isPropertyDeclaration(p) || Node.isParameterDeclaration(p) || Node.isMethodDeclaration(p)) && p.getNameNode() === n)) ok = false;
    });
  }
  return ok ? out : undefined;
}

/** Each `new C(…)` of the closed family's class `cls` (the only way its instances are made), or undefined. */
export function constructions(cls: ClassDeclaration, family: ReadonlySet<ClassDeclaration>): import("ts-morph").NewExpression[] | undefined {
  const out: import("ts-morph").NewExpression[] = [];
  let ok = true;
  const sym = cls.getSymbol();
  for (const file of programFiles(cls)) {
    for (const n of file.getDescendantsOfKind(SK.NewExpression)) {
      const e = n.getExpression();
      if (Node.isIdentifier(e) && e.getSymbol() === sym) out.push(n);
      // `new this()`, `new k()`: another way to make an instance.
      else if ((n.getType().getSymbol()?.getDeclarations() ?? []).some((d) => Node.isClassDeclaration(d) && family.has(d))) ok = false;
    }
  }
  return ok ? out : undefined;
}

/** Starts and writes of an instance field of a closed root class (see the file comment), or undefined. */
export const fieldFacts = memoized(analyseField);

function analyseField(decl: Node): FieldFacts | undefined {
  const name = (decl as Node & { getName?(): string }).getName?.();
  const cls = classOfMember(decl);
  const family = cls && closedFamilyOf(cls);
  if (!name || !cls || !family || cls.getBaseClass() || !declaredOnce(family, cls, name)) return undefined;
  const fields = cls.getProperties().filter((p) => !p.isStatic());
  if (fields.some((f) => f.getInitializer()?.getFirstDescendant((d) => Node.isThisExpression(d) || d.getKind() === SK.SuperKeyword))) return undefined;
  let starts: Node[];
  if (Node.isPropertyDeclaration(decl)) {
    const init = decl.getInitializer();
    if (decl.isStatic() || decl.hasDeclareKeyword() || decl.hasQuestionToken() || !init) return undefined;
    starts = [init];
  } else if (Node.isParameterDeclaration(decl) && Node.isConstructorDeclaration(decl.getParent())) {
    if (decl.getInitializer() || decl.hasQuestionToken() || decl.isRestParameter() || !Node.isIdentifier(decl.getNameNode())) return undefined;
    if (family.size > 1) return undefined; // a subclass's super(…) passes the argument
    const index = (decl.getParent() as import("ts-morph").ConstructorDeclaration).getParameters().indexOf(decl);
    const news = constructions(cls, family);
    if (!news) return undefined;
    starts = [];
    for (const n of news) {
      const args = n.getArguments();
      if (!args[index] || args.slice(0, index + 1).some((a) => Node.isSpreadElement(a))) return undefined;
      starts.push(args[index]!);
    }
  } else return undefined;
  const accesses = memberAccesses(decl, name, cls);
  if (!accesses) return undefined;
  return { starts, writes: accesses.filter((a) => isWriteTarget(a)) };
}

/**
 * The arguments passed to each parameter of a method of a closed class at each of its calls
 * (`e.m(…)`, `super.m(…)`), one list per call; undefined when the method is used any other way
 * (taken as a value, called with a spread), redeclared in the family, or never called.
 */
export const methodArguments = memoized(analyseMethodArguments);

function analyseMethodArguments(method: import("ts-morph").MethodDeclaration): Node[][] | undefined {
  let r: Node[][] | undefined;
  const cls = method.getParent();
  const family = Node.isClassDeclaration(cls) ? closedFamilyOf(cls) : undefined;
  if (family && Node.isClassDeclaration(cls) && !method.isStatic() && declaredOnce(family, cls, method.getName())) {
    const lists: Node[][] = [];
    for (const a of memberAccesses(method, method.getName(), method) ?? []) {
      const call = a.getParent();
      if (!Node.isCallExpression(call) || call.getExpression() !== a || call.getArguments().some((x) => Node.isSpreadElement(x))) {
        lists.length = 0;
        break;
      }
      lists.push(call.getArguments());
    }
    if (lists.length) r = lists;
  }
  return r;
}

export interface ArrayField {
  /** Every value an element can hold: the initializer's elements and every pushed value. */
  values: Node[];
}

/**
 * An array field of a closed class (see fieldFacts) set once by an array-literal initializer and
 * then only grown by `push`, shrunk by `shift()`/`pop()` and read (`[i]`, `.length`, reading
 * methods): its elements are the initializer's and the pushed values. Undefined otherwise.
 */
export const arrayField = memoized(analyseArrayField);

function analyseArrayField(decl: Node): ArrayField | undefined {
  const facts = fieldFacts(decl);
  const init = facts?.starts.length === 1 ? facts.starts[0] : undefined;
  if (!facts || !init || facts.writes.length || !Node.isArrayLiteralExpression(init)) return undefined;
  if (init.getElements().some((e) => Node.isSpreadElement(e) || Node.isOmittedExpression(e))) return undefined;
  const values: Node[] = [...init.getElements()];
  for (const a of memberAccesses(decl, (decl as Node & { getName(): string }).getName(), init) ?? []) {
    const p = a.getParent();
    if (Node.isElementAccessExpression(p) && p.getExpression() === a && !isWriteTarget(p)) continue;
    if (!Node.isPropertyAccessExpression(p) || p.getExpression() !== a) return undefined;
    const call = p.getParent();
    const called = Node.isCallExpression(call) && call.getExpression() === p ? call : undefined;
    if (p.getName() === "length" && !isWriteTarget(p)) continue;
    if (called && COPYING_METHODS.has(p.getName())) continue;
    if (called && (p.getName() === "shift" || p.getName() === "pop") && called.getArguments().length === 0) continue;
    if (called && p.getName() === "push" && !called.getArguments().some((x) => Node.isSpreadElement(x))) {
      values.push(...called.getArguments());
      continue;
    }
    return undefined;
  }
  return { values };
}

/** `this.f` inside a class member, with f an array field (arrayField): its declaration. */
function thisArrayField(n: Node): Node | undefined {
  if (!Node.isPropertyAccessExpression(n) || !Node.isThisExpression(n.getExpression()) || n.getQuestionDotTokenNode()) return undefined;
  const decl = memberDeclOf(n.getNameNode());
  return decl && arrayField(decl) ? decl : undefined;
}

/**
 * Whether a subtree can run no code that shrinks an array field: its only calls are `Math.*` and
 * `push` (and `skip`, the one call allowed to, itself), with no `new`, no accessors, no functions.
 */
function cannotShrink(root: Node, skip?: Node): boolean {
  let ok = true;
  const visit = (n: Node): void => {
    if (!ok || n === skip) return;
    if (Node.isNewExpression(n) || Node.isFunctionLikeDeclaration(n) || Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isTaggedTemplateExpression(n) || Node.isDeleteExpression(n)) ok = false;
    else if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      const math = Node.isPropertyAccessExpression(callee) && isLibGlobal(callee.getExpression(), "Math");
      const push = Node.isPropertyAccessExpression(callee) && callee.getName() === "push" && !!thisArrayField(callee.getExpression());
      if (!math && !push) ok = false;
    } else if (Node.isPropertyAccessExpression(n)) {
      const decls = n.getNameNode().getSymbol()?.getDeclarations() ?? [];
      if (decls.some((d) => Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d))) ok = false;
    } else if (Node.isTemplateExpression(n) || (Node.isBinaryExpression(n) && [SK.PlusToken, SK.PlusEqualsToken].includes(n.getOperatorToken().getKind()) && kindOf(n.getLeft().getType()) !== "number")) {
      ok = false; // may call toString / valueOf
    }
    if (ok) n.forEachChild(visit);
  };
  visit(root);
  return ok;
}

/**
 * `if (this.f.length > e) <statement>` with one `this.f.shift()` / `this.f.pop()` in the statement,
 * nothing else able to shrink anything, and nothing between the test and the removal: the
 * field, the guard `e` (whose range the caller proves >= 0, or >= 1 for `>=`), or undefined.
 */
export function guardedRemoval(call: Node): { field: Node; guard: Node; inclusive: boolean; ifStatement: Node } | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !["shift", "pop"].includes(callee.getName())) return undefined;
  const field = thisArrayField(callee.getExpression());
  if (!field) return undefined;
  let stmt: Node = call;
  while (stmt.getParent() && !Node.isStatement(stmt)) stmt = stmt.getParent()!;
  if (!Node.isExpressionStatement(stmt) || !cannotShrink(stmt, call)) return undefined;
  let ifStmt = stmt.getParent();
  if (Node.isBlock(ifStmt) && ifStmt.getStatements()[0] === stmt) ifStmt = ifStmt.getParent();
  if (!Node.isIfStatement(ifStmt) || !(ifStmt.getThenStatement() === stmt || ifStmt.getThenStatement() === stmt.getParent())) return undefined;
  const cond = ifStmt.getExpression();
  if (!Node.isBinaryExpression(cond) || !cannotShrink(cond)) return undefined;
  const op = cond.getOperatorToken().getKind();
  const left = cond.getLeft();
  if (op !== SK.GreaterThanToken && op !== SK.GreaterThanEqualsToken) return undefined;
  if (!Node.isPropertyAccessExpression(left) || left.getName() !== "length" || thisArrayField(left.getExpression()) !== field) return undefined;
  return { field, guard: cond.getRight(), inclusive: op === SK.GreaterThanEqualsToken, ifStatement: ifStmt };
}

/**
 * A lower bound on `this.f.length` at a read `read` (`this.f.length`) in a top-level statement of a
 * method body: the statements before it, in order, push (`this.f.push(…)`: + the argument count),
 * cannot shrink it (cannotShrink), or are a guarded removal (guardedRemoval: at least
 * min(before, guard) after it). `guardLow` proves a guard's lower bound. Undefined: nothing known.
 */
export function fieldLengthAt(read: Node, guardLow: (guard: Node) => number | undefined): number | undefined {
  if (!Node.isPropertyAccessExpression(read) || read.getName() !== "length") return undefined;
  const field = thisArrayField(read.getExpression());
  if (!field) return undefined;
  let stmt: Node = read;
  while (stmt.getParent() && !(Node.isBlock(stmt.getParent()) && Node.isMethodDeclaration(stmt.getParent()!.getParent()))) stmt = stmt.getParent()!;
  const body = stmt.getParent();
  if (!Node.isBlock(body) || !cannotShrink(stmt)) return undefined;
  let low = 0;
  for (const s of body.getStatements()) {
    if (s === stmt) return low || undefined;
    const pushed = pushCount(s, field);
    if (pushed !== undefined && cannotShrink(s)) low += pushed;
    else if (cannotShrink(s)) continue;
    else {
      const removal = Node.isIfStatement(s) && !s.getElseStatement() ? s.getDescendantsOfKind(SK.CallExpression).map((c) => guardedRemoval(c)).find((r) => r?.ifStatement === s) : undefined;
      const g = removal && guardLow(removal.guard);
      if (g === undefined) return undefined;
      // Taken: the length was above the guard (at least the guard when >=), then lost one.
      low = Math.min(low, Math.max(0, removal!.inclusive ? g - 1 : g));
    }
  }
  return undefined;
}

/** For a statement `this.f.push(a, b …)` of the array field f: the number of arguments. */
function pushCount(stmt: Node, field: Node): number | undefined {
  const call = Node.isExpressionStatement(stmt) ? stmt.getExpression() : undefined;
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "push" || thisArrayField(callee.getExpression()) !== field) return undefined;
  return call.getArguments().length;
}

/**
 * For a call `e.m(…)` of a closed class's method declared once in its family (not async, not a
 * generator, with a block body): the method and the value of every `return` in it (nested
 * functions aside); undefined when one `return` has no value.
 */
export function calledMethodReturns(call: import("ts-morph").CallExpression): { sym: TsSymbol; body: import("ts-morph").Block; values: Node[] } | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || call.getQuestionDotTokenNode()) return undefined;
  const m = memberDeclOf(callee.getNameNode());
  const sym = m?.getSymbol();
  if (!sym || !Node.isMethodDeclaration(m) || m.isAsync() || m.isGenerator() || m.isStatic()) return undefined;
  const cls = m.getParent();
  const family = Node.isClassDeclaration(cls) ? closedFamilyOf(cls) : undefined;
  const body = m.getBody();
  if (!family || !Node.isClassDeclaration(cls) || !declaredOnce(family, cls, sym.getName()) || !body || !Node.isBlock(body)) return undefined;
  const values = returnValues(body);
  return values ? { sym, body, values } : undefined;
}
