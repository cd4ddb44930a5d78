/**
 * Closed classes: a family of classes (a root class declared in the program and every class that
 * extends it, transitively) whose instances are only ever seen through the family's own types.
 * Then every instance is a real one made by `new`, every member access on one resolves to the
 * family's own declarations, and nothing reads an instance as a plain object. That lets the
 * lowering drop the `JSClass` base (record-style access `o["x"]`, `o.get("x")`) and the `_keys`
 * order (console.log, JSON.stringify, Object.keys), and lets fast-paths.ts prove the ranges of
 * instance fields from their writes.
 *
 * The family is closed when, in every source file of the program:
 * - no member of it is exported, and each one's base is another member (or, for the root, none);
 * - each class name is only used as `new C(…)`, `extends C`, `x instanceof C`, a static member
 *   access `C.x`, or in a type;
 * - every value flow from a type that mentions the family (an instance, an array of them, a
 *   function taking one …) goes to a type that keeps it: a family class for an instance, the same
 *   generic for an array or Map, the same type otherwise; and no flow puts a value of another
 *   object type (an object literal, `any`, an interface, a cast) where a family instance is
 *   expected. A flow is what TypeScript checks assignability for: an argument, an initializer, an
 *   assignment, a `return`, an element or property of a literal, an `as`;
 * - no instance is thrown, spread, destructured, indexed with `[]`, iterated with `for…in` or
 *   tested with `in`: those see it as a plain object.
 */
import { Node, ts, type ClassDeclaration, type SourceFile, type Symbol as TsSymbol, type Type } from "ts-morph";
import { exportedByName, isLibGlobal } from "./references.ts";

const SK = ts.SyntaxKind;

interface Family {
  classes: Set<ClassDeclaration>;
  closed: boolean;
}

/** By the class's symbol: a watch rebuild keeps unchanged files' nodes but makes new symbols. */
const families = new WeakMap<TsSymbol, Family>();

/** The program's own source files (not the lib or the board's declarations). */
export function programFiles(node: Node): SourceFile[] {
  return node.getProject().getSourceFiles().filter((f) => !f.isDeclarationFile() && !/\/node_modules\//.test(f.getFilePath()));
}

/** Whether the class's family is closed (see the file comment). */
export function isClosedClass(cls: ClassDeclaration): boolean {
  return familyOf(cls).closed;
}

/** The classes of a closed family holding `cls`, or undefined when the family is not closed. */
export function closedFamilyOf(cls: ClassDeclaration): ReadonlySet<ClassDeclaration> | undefined {
  const f = familyOf(cls);
  return f.closed ? f.classes : undefined;
}

function familyOf(cls: ClassDeclaration): Family {
  const sym = cls.getSymbol();
  const known = sym && families.get(sym);
  if (known) return known;
  const files = programFiles(cls);
  const all = files.flatMap((f) => f.getDescendantsOfKind(SK.ClassDeclaration));
  let root: ClassDeclaration = cls;
  for (let b = cls.getBaseClass(); b; b = b.getBaseClass()) root = b;
  const classes = new Set<ClassDeclaration>([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of all) {
      const b = c.getBaseClass();
      if (b && classes.has(b) && !classes.has(c)) classes.add(c), (grew = true);
    }
  }
  const family: Family = { classes, closed: false };
  for (const c of classes) {
    const s = c.getSymbol();
    if (s) families.set(s, family);
  }
  family.closed = checkClosed(classes, root, files);
  return family;
}

function checkClosed(classes: Set<ClassDeclaration>, root: ClassDeclaration, files: SourceFile[]): boolean {
  for (const c of classes) {
    const name = c.getName();
    if (!name || c.isExported() || c.isDefaultExport() || c.hasDeclareKeyword() || exportedByName(c.getSourceFile(), name)) return false;
    const heritage = c.getExtends();
    if (c === root ? !!heritage : !heritage || !Node.isIdentifier(heritage.getExpression())) return false;
    if (c.getImplements().length) return false;
  }
  const symbols = new Set([...classes].map((c) => c.getSymbol()).filter((s) => !!s));
  const mentions = mentionTester(classes, root);
  let ok = true;
  const visit = (n: Node): void => {
    if (!ok || (Node.isTypeNode(n) && !Node.isExpressionWithTypeArguments(n))) return;
    if (Node.isIdentifier(n) && symbols.has(n.getSymbol()!)) {
      if (!classNameUseOk(n)) ok = false;
      return;
    }
    // `const { x } = v`, `for (const { x } of vs)`, `f({ x }: V)`: an instance destructured.
    if (Node.isObjectBindingPattern(n) && parts(n.getType()).some((t) => isFamilyInstance(t, classes))) ok = false;
    if (Node.isExpression(n) && !Node.isOmittedExpression(n) && !flowOk(n, mentions, classes)) ok = false;
    n.forEachChild(visit);
  };
  for (const file of files) {
    visit(file);
    if (!ok) return false;
  }
  return ok;
}

/** The checks of one expression: how an instance is used, and the flow into its place. */
function flowOk(n: Node, mentions: FlowContext["mentions"], classes: Set<ClassDeclaration>): boolean {
  const own = n.getType();
  const ownMentions = mentions(own);
  if (ownMentions === null || (ownMentions && Node.isThrowStatement(n.getParent()))) return false;
  if (ownMentions && parts(own).some((t) => isFamilyInstance(t, classes)) && seenAsPlainObject(n)) return false;
  const call = n.getParent();
  if (ownMentions && (Node.isCallExpression(call) || Node.isNewExpression(call)) && (call.getArguments() as Node[]).includes(n)) {
    // Object.assign(p, …), Object.freeze(p) …: generic over the instance, but they see it as a plain object.
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee) && (isLibGlobal(callee.getExpression(), "Object") || isLibGlobal(callee.getExpression(), "Reflect"))) return false;
    // A generic function or class of the program sees it as a T, which a cast can turn into anything.
    if (userGeneric(call)) return false;
  }
  const ct = (n as unknown as { getContextualType(): Type | undefined }).getContextualType?.();
  if (!ct || (!ownMentions && mentions(ct) === false)) return true;
  return flowKeeps(own, ct, mentions, n);
}

/** Whether a call resolves to a program-declared function, method or class with type parameters. */
function userGeneric(call: import("ts-morph").CallExpression | import("ts-morph").NewExpression): boolean {
  const decl = call.getProject().getTypeChecker().compilerObject.getResolvedSignature(call.compilerNode)?.getDeclaration();
  if (!decl || decl.getSourceFile().isDeclarationFile) return false;
  const generic = (d: ts.Node | undefined): boolean => !!d && ((d as ts.SignatureDeclarationBase).typeParameters?.length ?? 0) > 0;
  return generic(decl) || ((ts.isConstructorDeclaration(decl) || ts.isMethodDeclaration(decl)) && generic(decl.parent)) || (ts.isClassDeclaration(decl) && generic(decl));
}

/** A class name used as a constructor (`new C`), a base, an `instanceof` operand or for a static member. */
function classNameUseOk(id: Node): boolean {
  const p = id.getParent();
  if (Node.isClassDeclaration(p) && p.getNameNode() === id) return true;
  if (Node.isNewExpression(p) && p.getExpression() === id) return true;
  // `class D extends C` (a declaration: D is then in the family); not `implements C`.
  if (Node.isExpressionWithTypeArguments(p)) {
    const clause = p.getParent();
    return Node.isHeritageClause(clause) && clause.getToken() === SK.ExtendsKeyword && Node.isClassDeclaration(clause.getParent());
  }
  if (Node.isBinaryExpression(p) && p.getRight() === id && p.getOperatorToken().getKind() === SK.InstanceOfKeyword) return true;
  if (Node.isPropertyAccessExpression(p) && p.getExpression() === id) return true;
  // In a type (`x: C`, `C[]`, `typeof C` aside): a TypeReference's name.
  if (Node.isTypeReference(p) || Node.isQualifiedName(p)) return true;
  return false;
}

/** Whether an instance (expression `n`) is used as a plain object: spread, indexed, iterated with for-in, tested with `in`, destructured by assignment. */
function seenAsPlainObject(n: Node): boolean {
  const p = n.getParent();
  if (!p) return false;
  if (Node.isSpreadAssignment(p)) return true;
  if (Node.isElementAccessExpression(p) && p.getExpression() === n) return true;
  if (Node.isForInStatement(p) && p.getExpression() === n) return true;
  if (Node.isBinaryExpression(p) && p.getRight() === n && p.getOperatorToken().getKind() === SK.InKeyword) return true;
  if (Node.isBinaryExpression(p) && p.getRight() === n && p.getOperatorToken().getKind() === SK.EqualsToken && Node.isObjectLiteralExpression(p.getLeft())) return true;
  return false;
}

/**
 * A tester: does a type mention a family class (an instance, or inside an array, a generic, a
 * function's signature, an object type's properties)? null: too deep to tell.
 */
function mentionTester(classes: Set<ClassDeclaration>, at: Node): (t: Type) => boolean | null {
  const memo = new Map<ts.Type, boolean | null>();
  const checker = at.getProject().getTypeChecker();
  const typeOf = (s: import("ts-morph").Symbol) => checker.getTypeOfSymbolAtLocation(s, at);
  const walk = (t: Type, depth: number): boolean | null => {
    const known = memo.get(t.compilerType);
    if (known !== undefined) return known;
    if (depth > 6) return null;
    memo.set(t.compilerType, false); // recursive types: a cycle adds nothing
    let r: boolean | null = false;
    const any = (ts_: Type[]) => {
      for (const x of ts_) {
        const m = walk(x, depth + 1);
        if (m !== false) return m;
      }
      return false;
    };
    if (t.isUnion()) r = any(t.getUnionTypes());
    else if (t.isIntersection()) r = any(t.getIntersectionTypes());
    else if (isFamilyInstance(t, classes)) r = true;
    else if (t.isTypeParameter()) {
      const c = t.getConstraint();
      r = c ? walk(c, depth + 1) : false;
    } else if (t.isObject()) {
      const parts = [...t.getTypeArguments(), ...(t.isTuple() ? t.getTupleElements() : [])];
      for (const sig of [...t.getCallSignatures(), ...t.getConstructSignatures()]) {
        parts.push(sig.getReturnType());
        for (const p of sig.getParameters()) parts.push(typeOf(p));
      }
      const sym = t.getSymbol();
      const decl = sym?.getDeclarations()[0];
      const fromLib = !!decl && /\/lib\.[^/]*\.d\.ts$|\/node_modules\//.test(decl.getSourceFile().getFilePath());
      // A user object type (interface, type literal): what its properties hold.
      if (!fromLib && !t.isArray() && !t.isTuple()) for (const p of t.getProperties()) parts.push(typeOf(p));
      r = any(parts);
    }
    memo.set(t.compilerType, r);
    return r;
  };
  return (t) => walk(t, 0);
}

function isFamilyInstance(t: Type, classes: Set<ClassDeclaration>): boolean {
  if (!t.isObject()) return false;
  if (t.isTypeParameter()) return false;
  const target = t.getTargetType() ?? t;
  if (!target.isClass()) return false;
  return (target.getSymbol()?.getDeclarations() ?? []).some((d) => Node.isClassDeclaration(d) && classes.has(d));
}

const primitive = (t: Type) =>
  t.isNumber() || t.isString() || t.isBoolean() || t.isNumberLiteral() || t.isStringLiteral() || t.isBooleanLiteral() ||
  t.isUndefined() || t.isNull() || t.isVoid() || t.isNever() || t.isEnumLiteral() || t.isEnum() || t.isTemplateLiteral() ||
  !!(t.getFlags() & ts.TypeFlags.BigIntLike);

const parts = (t: Type) => (t.isUnion() ? t.getUnionTypes() : [t]).filter((x) => !x.isUndefined() && !x.isNull() && !x.isVoid());

interface FlowContext {
  mentions: (t: Type) => boolean | null;
  /** A node to read symbol types at. */
  at: Node;
}

/**
 * Whether a value of type `from` (an expression `at`) may flow into a place of type `to` without
 * leaving the family's types or faking an instance (see the file comment).
 */
function flowKeeps(from: Type, to: Type, mentions: FlowContext["mentions"], at: Node): boolean {
  // Operands of `?:`, `||`, `??`, `,` and parentheses get the same place's type and are checked at their own flows.
  if (
    Node.isConditionalExpression(at) || Node.isParenthesizedExpression(at) ||
    (Node.isBinaryExpression(at) && [SK.BarBarToken, SK.QuestionQuestionToken, SK.AmpersandAmpersandToken, SK.CommaToken].includes(at.getOperatorToken().getKind()))
  ) return true;
  return typeFlowKeeps(from, to, { mentions, at }, Node.isArrayLiteralExpression(at));
}

/** The type-level check of flowKeeps; `arrayLiteral`: the value is an array literal, whose elements are checked at their own flows. */
function typeFlowKeeps(from: Type, to: Type, cx: FlowContext, arrayLiteral = false): boolean {
  const targets = parts(to);
  for (const s of parts(from)) {
    if (primitive(s)) continue;
    const m = cx.mentions(s);
    if (m === null) return false;
    if (!m) {
      // A value of another object type where the family is expected: a fake instance.
      if ((arrayLiteral && s.isArray()) || targets.every((t) => cx.mentions(t) === false)) continue;
      return false;
    }
    // Into a union with another object type (`C | { total: number }`): members read through the
    // union resolve to no declaration of the family. Every object part must keep it.
    const objects = targets.filter((t) => !primitive(t));
    if (!objects.length || !objects.every((t) => keeps(s, t, cx))) return false;
  }
  return true;
}

function sameType(a: Type, b: Type): boolean {
  return a === b || a.compilerType === b.compilerType;
}

/** `s` (mentioning the family) kept by `t`: both family instances, the same type, the same generic with kept arguments, or a function whose flows keep. */
function keeps(s: Type, t: Type, cx: FlowContext): boolean {
  if (sameType(s, t)) return true;
  const target = (x: Type) => x.getTargetType() ?? x;
  if (target(s).isClass()) return target(t).isClass() && isSameFamilyClass(s, t);
  if (s.isTypeParameter()) return t.isTypeParameter() ? sameType(s.getConstraint() ?? s, t.getConstraint() ?? t) : keeps(s.getConstraint() ?? s, t, cx);
  const ss = s.getCallSignatures();
  const tsig = t.getCallSignatures();
  if (ss.length === 1 && tsig.length === 1) return signatureKeeps(ss[0]!, tsig[0]!, cx);
  const sa = s.getTypeArguments();
  const ta = t.getTypeArguments();
  return sa.length > 0 && sa.length === ta.length && sameType(target(s), target(t)) && sa.every((x, i) => typeFlowKeeps(x, ta[i]!, cx) && typeFlowKeeps(ta[i]!, x, cx));
}

/** A function `a` used as a `b`: each argument a caller of `b` passes flows into `a`'s parameter; `a`'s result flows out as `b`'s. */
function signatureKeeps(a: import("ts-morph").Signature, b: import("ts-morph").Signature, cx: FlowContext): boolean {
  const checker = cx.at.getProject().getTypeChecker();
  const typeOf = (p: import("ts-morph").Symbol) => checker.getTypeOfSymbolAtLocation(p, cx.at);
  const ap = a.getParameters();
  const bp = b.getParameters();
  for (let i = 0; i < ap.length && i < bp.length; i++) if (!typeFlowKeeps(typeOf(bp[i]!), typeOf(ap[i]!), cx)) return false;
  return typeFlowKeeps(a.getReturnType(), b.getReturnType(), cx);
}

/** Instances of one closed family, or an instance of a class used as one of its base classes (the same member declarations). */
function isSameFamilyClass(s: Type, t: Type): boolean {
  const decl = (x: Type) => (x.getTargetType() ?? x).getSymbol()?.getDeclarations().find((d) => Node.isClassDeclaration(d)) as ClassDeclaration | undefined;
  const a = decl(s);
  const b = decl(t);
  for (let c = a; c; c = c.getBaseClass()) if (c === b) return true;
  const fa = a?.getSymbol();
  const fb = b?.getSymbol();
  return !!fa && !!fb && families.get(fa) !== undefined && families.get(fa) === families.get(fb);
}
