/**
 * The subset check: a walk over a user file that reports every construct the compiler refuses on
 * sight (eval, with, arguments, var, loose equality, Symbol, Proxy, prototype
 * manipulation, generators, labels …), so that one build reports all of them at once. Lowering
 * refuses the same things again where it meets them; duplicates are merged when sorting.
 */
import { Node, ts, type SourceFile } from "ts-morph";
import { LowerContext } from "./lower/context.ts";
import { varRefusal } from "./lower/var-scope.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { isHasOwnPropertyCall } from "./lower/object-builtins.ts";

const SK = ts.SyntaxKind;

function isGlobalRef(node: Node, name: string): boolean {
  if (!Node.isIdentifier(node) || node.getText() !== name) return false;
  const decls = node.getSymbol()?.getDeclarations() ?? [];
  return decls.length === 0 || decls.every((d) => /lib\.[^/]*\.d\.ts$/.test(d.getSourceFile().getFilePath()));
}

function isNullish(node: Node): boolean {
  return node.getKind() === SK.NullKeyword || (Node.isIdentifier(node) && node.getText() === "undefined");
}

export function checkSubset(file: SourceFile, displayPath: string): Diagnostic[] {
  const ctx = new LowerContext(file, displayPath);
  file.forEachDescendant((node) => {
    switch (node.getKind()) {
      case SK.WithStatement:
        ctx.report("with", node);
        break;
      case SK.VariableDeclarationList:
        if (!Node.isCatchClause(node.getParent()) && varRefusal(node)) ctx.report("varHoisting", node, varRefusal(node)!);
        break;
      case SK.LabeledStatement:
        if (!Node.isIterationStatement(node.asKindOrThrow(SK.LabeledStatement).getStatement())) ctx.report("labelled", node);
        break;
      case SK.BigIntLiteral:
        ctx.report("bigint", node);
        break;
      case SK.PrivateIdentifier: {
        // A class's #private names are its own; they share one Python attribute per name, so a
        // base class declaring the same #name is refused.
        const member = node.getParent();
        const cls = member?.getParent();
        if (member && cls && Node.isClassDeclaration(cls) && (member as unknown as { getNameNode?(): Node }).getNameNode?.() === node) {
          let base = cls.getBaseClass();
          while (base) {
            if (base.getMembers().some((m) => (m as unknown as { getName?(): string }).getName?.() === node.getText())) {
              ctx.report("privateName", node, node.getText());
              break;
            }
            base = base.getBaseClass();
          }
        }
        break;
      }
      case SK.ModuleDeclaration:
        ctx.report("namespace", node);
        break;
      case SK.BinaryExpression: {
        const bin = node.asKindOrThrow(SK.BinaryExpression);
        const op = bin.getOperatorToken().getKind();
        if ((op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken) && !isNullish(bin.getLeft()) && !isNullish(bin.getRight())) {
          const loose = op === SK.EqualsEqualsToken ? "==" : "!=";
          ctx.report("looseEquality", bin.getOperatorToken(), loose, `${loose}=`);
        }
        break;
      }
      case SK.Identifier: {
        const parent = node.getParent();
        if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node) {
          const call = parent.getParent()?.getParent()?.getParent();
          const hasOwnIdiom = !!call && Node.isCallExpression(call) && isHasOwnPropertyCall(call);
          if ((node.getText() === "prototype" && !hasOwnIdiom) || node.getText() === "__proto__") ctx.report("prototype", node);
          break;
        }
        if (isGlobalRef(node, "eval")) ctx.report("eval", node);
        else if (node.getText() === "arguments" && (node.getSymbol()?.getDeclarations() ?? []).length === 0) ctx.report("arguments", node);
        else if (isGlobalRef(node, "arguments")) ctx.report("arguments", node);
        else if (isGlobalRef(node, "Symbol")) ctx.report("symbol", node);
        else if (isGlobalRef(node, "Proxy") || isGlobalRef(node, "Reflect")) ctx.report("proxy", node, node.getText());
        break;
      }
      case SK.FunctionDeclaration:
      case SK.FunctionExpression:
      case SK.MethodDeclaration:
        if ((node as unknown as { isGenerator(): boolean }).isGenerator() && (node as unknown as { isAsync(): boolean }).isAsync()) ctx.report("generator", node, "an async generator (async function*)");
        break;
    }
  });
  return ctx.diagnostics;
}
