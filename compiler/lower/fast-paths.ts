/**
 * Proofs that let the lowering use plain Python where a runtime helper would otherwise be needed,
 * without changing what the program prints. Each function here only answers "is the fast path
 * exact for this node?"; the lowering decides what to emit.
 *
 * In-range index reads: in `for (let i = <int >= 0>; i < a.length; i++) body`, a read `a[i]`
 * inside the body is always in range (so `a[i]` in Python equals JavaScript's `a[i]`, no `get`)
 * when the body can neither change `i`, nor rebind `a`, nor shrink `a`. The body is checked
 * against a whitelist of syntax that cannot run user code or shrink arrays: no calls, no `new`,
 * no functions, no template literals, no getters, no `+` on anything but numbers and strings.
 */
import { Node, ts, type ForStatement, type Symbol as TsSymbol } from "ts-morph";
import { kindOf } from "./types.ts";

const SK = ts.SyntaxKind;

const allowedKinds = new Set<ts.SyntaxKind>([
  SK.Block, SK.ExpressionStatement, SK.VariableStatement, SK.VariableDeclarationList, SK.VariableDeclaration,
  SK.IfStatement, SK.ForStatement, SK.WhileStatement, SK.DoStatement, SK.BreakStatement, SK.ContinueStatement,
  SK.EmptyStatement, SK.Identifier, SK.NumericLiteral, SK.StringLiteral, SK.NoSubstitutionTemplateLiteral,
  SK.TrueKeyword, SK.FalseKeyword, SK.NullKeyword, SK.ElementAccessExpression, SK.PropertyAccessExpression,
  SK.BinaryExpression, SK.PrefixUnaryExpression, SK.PostfixUnaryExpression, SK.ParenthesizedExpression,
  SK.NonNullExpression, SK.ConditionalExpression, SK.AsExpression, SK.TypeReference, SK.NumberKeyword,
  SK.StringKeyword, SK.BooleanKeyword, SK.QuestionToken, SK.ColonToken, SK.ExclamationToken,
]);

const assignOps = new Set<ts.SyntaxKind>([
  SK.EqualsToken, SK.PlusEqualsToken, SK.MinusEqualsToken, SK.AsteriskEqualsToken, SK.SlashEqualsToken,
  SK.PercentEqualsToken, SK.AsteriskAsteriskEqualsToken, SK.LessThanLessThanEqualsToken,
  SK.GreaterThanGreaterThanEqualsToken, SK.GreaterThanGreaterThanGreaterThanEqualsToken, SK.AmpersandEqualsToken,
  SK.BarEqualsToken, SK.CaretEqualsToken, SK.AmpersandAmpersandEqualsToken, SK.BarBarEqualsToken,
  SK.QuestionQuestionEqualsToken,
]);

function symbolOf(node: Node): TsSymbol | undefined {
  return node.getSymbol();
}

function isWrittenIdentifier(n: Node): boolean {
  const p = n.getParent();
  if (Node.isBinaryExpression(p) && p.getLeft() === n && assignOps.has(p.getOperatorToken().getKind())) return true;
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    const op = p.getOperatorToken();
    return op === SK.PlusPlusToken || op === SK.MinusMinusToken;
  }
  return false;
}

/** Whether a subtree only uses syntax that cannot run user code or shrink an array. */
function isInert(root: Node): boolean {
  let ok = true;
  const check = (n: Node) => {
    if (!ok) return;
    const k = n.getKind();
    if (k >= SK.FirstToken && k <= SK.LastToken && k !== SK.Identifier && !allowedKinds.has(k)) {
      // the operator token of a binary expression
      const p = n.getParent();
      if (!(Node.isBinaryExpression(p) && p.getOperatorToken() === n)) ok = false;
      return;
    }
    if (!allowedKinds.has(k)) {
      ok = false;
      return;
    }
    if (Node.isBinaryExpression(n)) {
      const op = n.getOperatorToken().getKind();
      if (op === SK.PlusToken || op === SK.PlusEqualsToken || op === SK.InKeyword || op === SK.InstanceOfKeyword) {
        const prim = (x: Node) => ["number", "string"].includes(kindOf(x.getType()));
        if (op === SK.InKeyword || op === SK.InstanceOfKeyword || !prim(n.getLeft()) || !prim(n.getRight())) ok = false;
      }
      if ([SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken].includes(op)) {
        const prim = (x: Node) => ["number", "string"].includes(kindOf(x.getType()));
        if (!prim(n.getLeft()) || !prim(n.getRight())) ok = false;
      }
    }
    if (Node.isPropertyAccessExpression(n)) {
      const decls = n.getNameNode().getSymbol()?.getDeclarations() ?? [];
      if (decls.some((d) => Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d))) ok = false;
      if (n.getQuestionDotTokenNode()) ok = false;
    }
    if (Node.isElementAccessExpression(n)) {
      const kind = kindOf(n.getExpression().getType());
      if (!["array", "bytes", "string"].includes(kind)) ok = false;
      if (n.getQuestionDotTokenNode()) ok = false;
    }
    n.forEachChild(check);
  };
  check(root);
  return ok;
}

/**
 * The `a[i]` reads in a counting loop's body proven in range (see the file comment); empty when
 * the loop does not have the exact shape.
 */
export function inRangeIndexReads(stmt: ForStatement): Set<Node> {
  const out = new Set<Node>();
  const init = stmt.getInitializer();
  const cond = stmt.getCondition();
  const inc = stmt.getIncrementor();
  if (!init || !cond || !inc || !Node.isVariableDeclarationList(init)) return out;
  if (!(init.getFlags() & ts.NodeFlags.BlockScoped)) return out;
  const decls = init.getDeclarations();
  if (decls.length !== 1) return out;
  const d = decls[0]!;
  const start = d.getInitializer();
  const nameNode = d.getNameNode();
  if (!Node.isIdentifier(nameNode) || !start || !Node.isNumericLiteral(start)) return out;
  const startValue = Number(start.getText());
  if (!Number.isInteger(startValue) || startValue < 0 || startValue > 2 ** 30) return out;
  const counter = symbolOf(nameNode);
  if (!counter) return out;
  // condition: i < a.length
  if (!Node.isBinaryExpression(cond) || cond.getOperatorToken().getKind() !== SK.LessThanToken) return out;
  const left = cond.getLeft();
  const right = cond.getRight();
  if (!Node.isIdentifier(left) || symbolOf(left) !== counter) return out;
  if (!Node.isPropertyAccessExpression(right) || right.getName() !== "length" || right.getQuestionDotTokenNode()) return out;
  const arr = right.getExpression();
  if (!Node.isIdentifier(arr)) return out;
  const arrSymbol = symbolOf(arr);
  if (!arrSymbol || !["array", "bytes", "string"].includes(kindOf(arr.getType()))) return out;
  // incrementor: i++, ++i, i += 1
  const incOk =
    ((Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) &&
      inc.getOperatorToken() === SK.PlusPlusToken && Node.isIdentifier(inc.getOperand()) && symbolOf(inc.getOperand()) === counter) ||
    (Node.isBinaryExpression(inc) && inc.getOperatorToken().getKind() === SK.PlusEqualsToken &&
      Node.isIdentifier(inc.getLeft()) && symbolOf(inc.getLeft()) === counter && inc.getRight().getText() === "1");
  if (!incOk) return out;
  const body = stmt.getStatement();
  if (!isInert(body)) return out;
  let broken = false;
  const reads: Node[] = [];
  body.forEachDescendant((n) => {
    if (broken) return;
    if (Node.isIdentifier(n)) {
      const s = symbolOf(n);
      if ((s === counter || s === arrSymbol) && isWrittenIdentifier(n)) broken = true;
    }
    if (Node.isElementAccessExpression(n)) {
      const target = n.getExpression();
      const arg = n.getArgumentExpression();
      if (Node.isIdentifier(target) && symbolOf(target) === arrSymbol && arg && Node.isIdentifier(arg) && symbolOf(arg) === counter) reads.push(n);
    }
  });
  if (broken) return out;
  for (const r of reads) out.add(r);
  return out;
}

/**
 * Integer classes for bitwise fast paths: an expression whose Python value is always an int in
 * [-2^31, 2^31) ("i32"), in [0, 2^32) ("u32"), or in either range ("b32"). JavaScript's bitwise
 * operators only see their operands modulo 2^32, so for such ints Python's `^ | &` followed by one
 * wrap into int32 gives JavaScript's result without calling a helper.
 */
export type IntClass = "i32" | "u32" | "b32";

function unionClass(a: IntClass | undefined, b: IntClass | undefined): IntClass | undefined {
  if (!a || !b) return undefined;
  return a === b ? a : "b32";
}

function literalClass(value: number): IntClass | undefined {
  if (!Number.isInteger(value) || Object.is(value, -0)) return undefined;
  if (value >= -(2 ** 31) && value < 2 ** 31) return "i32";
  if (value >= 0 && value < 2 ** 32) return "u32";
  return undefined;
}

// Per lowering (keyed by its in-range set): symbol → class (null: not provable).
const classCaches = new WeakMap<ReadonlySet<Node>, Map<TsSymbol, IntClass | null | "busy">>();

/** The int class of an expression, or undefined when it cannot be proven. */
export function intClassOf(node: Node, inRange: ReadonlySet<Node> = new Set()): IntClass | undefined {
  let n = node;
  while (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n)) n = n.getExpression();
  if (Node.isNumericLiteral(n)) return literalClass(Number(n.getText().replace(/_/g, "")));
  if (Node.isPrefixUnaryExpression(n)) {
    const operand = n.getOperand();
    if (n.getOperatorToken() === SK.TildeToken) return "i32";
    if (n.getOperatorToken() === SK.MinusToken && Node.isNumericLiteral(operand)) return literalClass(-Number(operand.getText().replace(/_/g, "")));
    return undefined;
  }
  if (Node.isBinaryExpression(n)) {
    const op = n.getOperatorToken().getKind();
    if ([SK.BarToken, SK.AmpersandToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken].includes(op)) return "i32";
    if (op === SK.GreaterThanGreaterThanGreaterThanToken) return "u32";
    return undefined;
  }
  if (Node.isConditionalExpression(n)) return unionClass(intClassOf(n.getWhenTrue(), inRange), intClassOf(n.getWhenFalse(), inRange));
  if (Node.isElementAccessExpression(n)) {
    return inRange.has(n) && kindOf(n.getExpression().getType()) === "bytes" ? "i32" : undefined;
  }
  if (Node.isIdentifier(n)) {
    const sym = n.getSymbol();
    return sym ? variableClass(sym, inRange) : undefined;
  }
  return undefined;
}

/** A `let`/`const` whose every write (initializer, assignments) has an int class. */
function variableClass(sym: TsSymbol, inRange: ReadonlySet<Node>): IntClass | undefined {
  let classCache = classCaches.get(inRange);
  if (!classCache) classCaches.set(inRange, (classCache = new Map()));
  const cached = classCache.get(sym);
  if (cached === "busy") return undefined;
  if (cached !== undefined) return cached ?? undefined;
  classCache.set(sym, "busy");
  let result: IntClass | undefined;
  try {
    result = computeVariableClass(sym, inRange);
  } finally {
    classCache.set(sym, result ?? null);
  }
  return result;
}

function computeVariableClass(sym: TsSymbol, inRange: ReadonlySet<Node>): IntClass | undefined {
  const decls = sym.getDeclarations();
  if (decls.length !== 1) return undefined;
  const decl = decls[0]!;
  if (!Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const list = decl.getParent();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.BlockScoped)) return undefined;
  const init = decl.getInitializer();
  if (!init) return undefined;
  // A counting loop's variable: for (let i = <int >= 0>; i < <int literal>; i++) with no other writes.
  const loop = list.getParent();
  let counterOf: Node | undefined;
  let cls: IntClass | undefined;
  if (Node.isForStatement(loop) && loop.getInitializer() === list) {
    const cond = loop.getCondition();
    const inc = loop.getIncrementor();
    const startClass = intClassOf(init, inRange);
    if (
      startClass === "i32" && Number(init.getText()) >= 0 && cond && inc && Node.isBinaryExpression(cond) &&
      [SK.LessThanToken, SK.LessThanEqualsToken].includes(cond.getOperatorToken().getKind()) &&
      Node.isIdentifier(cond.getLeft()) && cond.getLeft().getSymbol() === sym &&
      Node.isNumericLiteral(cond.getRight()) && Number.isInteger(Number(cond.getRight().getText())) && Number(cond.getRight().getText()) < 2 ** 31 - 1 &&
      (Node.isPostfixUnaryExpression(inc) || Node.isPrefixUnaryExpression(inc)) && inc.getOperatorToken() === SK.PlusPlusToken
    ) {
      counterOf = inc;
      cls = "i32";
    }
  }
  if (!cls) cls = intClassOf(init, inRange);
  if (!cls) return undefined;
  const scope = decl.getSourceFile();
  let ok = true;
  scope.forEachDescendant((n, traversal) => {
    if (!ok) return traversal.stop();
    if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || n.getSymbol() !== sym) return;
    const p = n.getParent();
    if (!p) return;
    if (Node.isBinaryExpression(p) && p.getLeft() === n) {
      const op = p.getOperatorToken().getKind();
      if (op === SK.EqualsToken) cls = unionClass(cls, intClassOf(p.getRight(), inRange));
      else if ([SK.BarEqualsToken, SK.AmpersandEqualsToken, SK.CaretEqualsToken, SK.LessThanLessThanEqualsToken, SK.GreaterThanGreaterThanEqualsToken].includes(op)) cls = unionClass(cls, "i32");
      else if (op === SK.GreaterThanGreaterThanGreaterThanEqualsToken) cls = unionClass(cls, "u32");
      else if (assignOps.has(op)) cls = undefined;
      if (!cls) ok = false;
      return;
    }
    if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
      const op = p.getOperatorToken();
      if ((op === SK.PlusPlusToken || op === SK.MinusMinusToken) && p !== counterOf) ok = false;
      return;
    }
    // Possible destructuring / for-of targets and shorthand properties: give up.
    if (Node.isArrayLiteralExpression(p) || Node.isShorthandPropertyAssignment(p) || Node.isSpreadElement(p) || Node.isForOfStatement(p) || Node.isForInStatement(p)) ok = false;
  });
  return ok ? cls : undefined;
}
