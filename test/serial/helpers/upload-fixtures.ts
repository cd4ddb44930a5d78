/** Build trees for upload tests: dist folders made from path → text maps, Python-looking filler, and the A/B versions the cut-upload tests flip between. */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export type Tree = Record<string, string>;

/** Returns a function that writes a tree into a fresh numbered dist folder under `work`. */
export function distMaker(work: string): (tree: Tree) => string {
  let count = 0;
  return (tree) => {
    const dir = join(work, `dist${count++}`);
    for (const [path, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}

/** Comment lines of digests: only half compressible, so a file spans several chunks on the wire. */
export const bulky = (tag: string) => Array.from({ length: 160 }, (_, i) => `# ${createHash("sha256").update(tag + i).digest("hex")}`).join("\n") + "\n";

/** Python-looking lines; each carries a short digest so content is not trivially repetitive. */
export const lines = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `value_${i} = ("${tag}", ${i})  # ${createHash("md5").update(tag + i).digest("hex").slice(0, 6)}`).join("\n") + "\n";

/** Versions A and B of a small project (each with a file the other lacks), and every path in either. */
export function twoVersions(size: { main: number; a: number }): { versions: [Tree, Tree]; all: string[] } {
  const version = (tag: string, extra: Tree): Tree => ({
    "boot.py": `print("boot ${tag}")\n`,
    "main.py": `print("main ${tag}")\n${lines(size.main, `main-${tag}`)}`,
    "lib/a.py": lines(size.a, `a-${tag}`),
    "lib/big.py": bulky(tag),
    ...extra,
  });
  const versions: [Tree, Tree] = [version("A", { "lib/only_a.py": lines(5, "oa") }), version("B", { "lib/only_b.py": lines(5, "ob") })];
  return { versions, all: [...new Set(versions.flatMap((v) => Object.keys(v)))] };
}
