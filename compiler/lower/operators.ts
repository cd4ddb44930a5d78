/** Assignment operators: which binary operator each compound assignment (`+=`, `??=` …) applies. */
import { ts } from "ts-morph";

const SK = ts.SyntaxKind;

const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [SK.PlusEqualsToken]: SK.PlusToken,
  [SK.MinusEqualsToken]: SK.MinusToken,
  [SK.AsteriskEqualsToken]: SK.AsteriskToken,
  [SK.SlashEqualsToken]: SK.SlashToken,
  [SK.PercentEqualsToken]: SK.PercentToken,
  [SK.AsteriskAsteriskEqualsToken]: SK.AsteriskAsteriskToken,
  [SK.AmpersandEqualsToken]: SK.AmpersandToken,
  [SK.BarEqualsToken]: SK.BarToken,
  [SK.CaretEqualsToken]: SK.CaretToken,
  [SK.LessThanLessThanEqualsToken]: SK.LessThanLessThanToken,
  [SK.GreaterThanGreaterThanEqualsToken]: SK.GreaterThanGreaterThanToken,
  [SK.GreaterThanGreaterThanGreaterThanEqualsToken]: SK.GreaterThanGreaterThanGreaterThanToken,
  [SK.BarBarEqualsToken]: SK.BarBarToken,
  [SK.AmpersandAmpersandEqualsToken]: SK.AmpersandAmpersandToken,
  [SK.QuestionQuestionEqualsToken]: SK.QuestionQuestionToken,
};

/** The binary operator a compound assignment applies (`+=` → `+`), or undefined for any other token. */
export function compoundOperator(kind: ts.SyntaxKind): ts.SyntaxKind | undefined {
  return COMPOUND[kind];
}

/** `=` or a compound assignment: the left side is written. */
export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind === SK.EqualsToken || COMPOUND[kind] !== undefined;
}
