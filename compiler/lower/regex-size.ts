/**
 * MicroPython's re (re1.5) compiled-code limits, checked before a pattern is accepted.
 */

// MicroPython's re (re1.5) stores jump offsets in one signed byte: a repeated part, an optional
// part or the alternatives before a '|' may span at most about 127 bytes of compiled code.
// Sizes: a character or class escape 2, '.' 1, a class 2 + 2 per range, a capturing group 4 more,
// '?' 2, '*' 4, '+' 2, '|' 4, '^' and '$' 1.

const JUMP_LIMIT = 120; // a margin below 127

/** The compiled size of one group's body (from `i` to its ')'), or -1 when a jump would overflow. */
function compiledSize(p: string, start: number): { size: number; end: number } {
  let size = 0;
  let term = 0; // size of the last term
  let altStart = -1; // where the alternative after the last '|' starts
  let i = start;
  const fail = { size: -1, end: p.length };
  while (i < p.length && p[i] !== ")") {
    const c = p[i]!;
    if (c === "\\") {
      size += 2;
      term = 2;
      i += 2;
    } else if (c === ".") {
      size += 1;
      term = 1;
      i++;
    } else if (c === "^" || c === "$") {
      size += 1;
      term = 0;
      i++;
    } else if (c === "[") {
      let j = i + 1;
      if (p[j] === "^") j++;
      let pairs = 0;
      while (p[j] !== "]") {
        if (p[j] === "\\") j++;
        if (p[j + 1] === "-" && p[j + 2] !== "]") j += 2;
        j++;
        pairs++;
      }
      if (pairs > JUMP_LIMIT) return fail;
      size += 2 + 2 * pairs;
      term = 2 + 2 * pairs;
      i = j + 1;
    } else if (c === "(") {
      const capture = !p.startsWith("(?:", i);
      const inner = compiledSize(p, i + (capture ? 1 : 3));
      if (inner.size < 0) return fail;
      term = inner.size + (capture ? 4 : 0);
      size += term;
      i = inner.end + 1;
    } else if (c === "?" || c === "*" || c === "+") {
      const extra = c === "*" ? 4 : 2;
      if (term + extra > JUMP_LIMIT) return fail;
      size += extra;
      term = 0;
      i++;
      if (p[i] === "?") i++;
    } else if (c === "|") {
      if (size + 4 > JUMP_LIMIT || (altStart >= 0 && size - altStart > JUMP_LIMIT)) return fail;
      size += 4;
      altStart = size;
      term = 0;
      i++;
    } else {
      size += 2;
      term = 2;
      i++;
    }
  }
  if (altStart >= 0 && size - altStart > JUMP_LIMIT) return fail;
  return { size, end: i };
}

/** Whether MicroPython's re can compile the pattern (text with one char per byte). */
export function fitsMicroPython(p: string): boolean {
  return compiledSize(`(.*?)(${p})`, 0).size >= 0;
}

