/**
 * Variables kept as unsigned 32-bit ints in Python (`let crc = 0xffffffff; … crc = t[(crc ^ b) & 0xff] ^ (crc >>> 8)`).
 *
 * JavaScript's `^ | &` produce int32 values, so a plain lowering wraps every such assignment back
 * into int32 (three big-int operations on a 32-bit board). When every read of a variable is an
 * operand of `^ | & >>>` (which see their operands modulo 2^32 only) nothing can observe the
 * difference between the int32 value and the same bits read unsigned, so the variable may hold the
 * unsigned form: its range is then [0, 2^32), and assignments store `a ^ b` without the wrap
 * (masked with 0xffffffff unless both operands are already unsigned).
 *
 * Qualifies: a `let` with an initializer that is an int literal in [0, 2^32) or such an
 * expression, whose writes are `v = <u32 form>` or `v ^= / |= / &= <proven int>`, where a u32 form
 * is an int literal in [0, 2^32), a `>>>` expression, or `x ^ | & y` of proven ints (the variable
 * itself included), and whose every other use is an operand of `^ | &` or the left side of `>>>`.
 */
import { Node, ts, type Symbol as TsSymbol } from "ts-morph";
import { rangeOf } from "./fast-paths.ts";
import { isExportedVariable, referencedSymbol, unwrap } from "./references.ts";

const SK = ts.SyntaxKind;
const MOD_OPS = new Set<ts.SyntaxKind>([SK.CaretToken, SK.BarToken, SK.AmpersandToken]);
const MOD_COMPOUND = new Set<ts.SyntaxKind>([SK.CaretEqualsToken, SK.BarEqualsToken, SK.AmpersandEqualsToken]);


/** The node a use's value flows into, above parentheses. */
function outer(n: Node): Node {
  let top = n;
  while (Node.isParenthesizedExpression(top.getParent()) || Node.isNonNullExpression(top.getParent()) || Node.isAsExpression(top.getParent())) top = top.getParent()!;
  return top;
}

function isU32Literal(n: Node): boolean {
  if (!Node.isNumericLiteral(n)) return false;
  const v = Number(n.getText().replace(/_/g, ""));
  return Number.isInteger(v) && v >= 0 && v < 2 ** 32;
}

const checkedByLowering = new WeakMap<ReadonlySet<Node>, Map<TsSymbol, boolean>>();
const checking = new Set<TsSymbol>();

/** Whether `e` can be stored in unsigned form: see the file comment. */
function isU32Form(e: Node, sym: TsSymbol, inRange: ReadonlySet<Node>): boolean {
  const x = unwrap(e);
  if (isU32Literal(x)) return true;
  if (!Node.isBinaryExpression(x)) return false;
  const op = x.getOperatorToken().getKind();
  if (op === SK.GreaterThanGreaterThanGreaterThanToken) return true;
  const proven = (o: Node) => {
    const s = unwrap(o);
    return (Node.isIdentifier(s) && referencedSymbol(s) === sym) || !!rangeOf(o, inRange);
  };
  return MOD_OPS.has(op) && proven(x.getLeft()) && proven(x.getRight());
}

export function isU32Variable(sym: TsSymbol, inRange: ReadonlySet<Node>): boolean {
  let checked = checkedByLowering.get(inRange);
  if (!checked) checkedByLowering.set(inRange, (checked = new Map()));
  const known = checked.get(sym);
  if (known !== undefined) return known;
  // Being checked: other proofs made meanwhile must not lean on it (its own uses are accepted in isU32Form).
  if (checking.has(sym)) return false;
  const decls = sym.getDeclarations();
  const decl = decls[0];
  if (decls.length !== 1 || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return false;
  const list = decl.getParent();
  const init = decl.getInitializer();
  if (!Node.isVariableDeclarationList(list) || !(list.getFlags() & ts.NodeFlags.Let) || !init || isExportedVariable(decl)) return false;
  checking.add(sym);
  let ok = isU32Form(init, sym, inRange);
  try {
    decl.getSourceFile().forEachDescendant((n, traversal) => {
      if (!ok) return traversal.stop();
      if (!Node.isIdentifier(n) || n === decl.getNameNode() || n.getText() !== sym.getName() || referencedSymbol(n) !== sym) return;
      const top = outer(n);
      const p = top.getParent();
      if (!Node.isBinaryExpression(p)) {
        ok = false;
        return;
      }
      const op = p.getOperatorToken().getKind();
      if (p.getLeft() === top && op === SK.EqualsToken) ok = isU32Form(p.getRight(), sym, inRange);
      else if (p.getLeft() === top && MOD_COMPOUND.has(op)) ok = !!rangeOf(p.getRight(), inRange);
      else if (MOD_OPS.has(op)) ok = true;
      else ok = op === SK.GreaterThanGreaterThanGreaterThanToken && p.getLeft() === top;
    });
  } finally {
    checking.delete(sym);
  }
  checked.set(sym, ok);
  return ok;
}
