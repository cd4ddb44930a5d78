/**
 * Tests for the runtime tree-shaker (compiler/python-deps.ts): which top-level definitions a
 * module keeps, that dependencies are followed across modules and into function-local imports,
 * and that a program built from the shaken helpers runs on real MicroPython like Node.
 */
import { describe, expect, test } from "vitest";
import { parsePythonModule, shakeModules, localNames, referencedNames } from "../../compiler/python-deps.ts";
import { compileSource } from "../../compiler/index.ts";
import { runOnMicroPython, runOnNode } from "./helpers/run.ts";

const mods = (sources: Record<string, string>) => new Map(Object.entries(sources).map(([k, v]) => [k, parsePythonModule(v)]));

describe("python-deps", () => {
  test("referencedNames skips attributes, strings and comments", () => {
    expect([...referencedNames('x = a.b + c("d e") # f')].sort()).toEqual(["a", "c", "x"]);
  });

  test("localNames: parameters, assignments, loop targets are local", () => {
    const names = localNames("def f(a, b=1, *rest):\n    x = a\n    for i, j in rest:\n        y += i\n    return g(x)");
    expect([...names].sort()).toEqual(["a", "b", "i", "j", "rest", "x", "y"]);
    expect(localNames("def f(a):\n    global q\n    q = a").size).toBe(0);
  });

  test("keeps only what is used, transitively, in source order", () => {
    const m = mods({
      core: "# core: test\nimport time\nK = 3\n\ndef a():\n    return b() + K\n\ndef b():\n    return 1\n\ndef unused():\n    return time.time()\n\nclass C:\n    def m(self):\n        return a()\n",
    });
    const out = shakeModules(m, new Map([["core", ["a"]]])).get("core")!;
    expect(out).toBe("# core: test\nK = 3\ndef a():\n    return b() + K\ndef b():\n    return 1\n");
  });

  test("a class's method names are no references to the module's functions of those names", () => {
    const m = mods({ core: "def keys(o):\n    return list(o)\ndef size(o):\n    return 0\nclass M:\n    def keys(self):\n        return [1]\n    def n(self):\n        return size(self)\n" });
    const out = shakeModules(m, new Map([["core", ["M"]]])).get("core")!;
    expect(out).not.toContain("def keys(o)");
    expect(out).toContain("def size(o)");
  });

  test("a local that shadows a global name pulls nothing in", () => {
    const m = mods({ core: "def neg(x):\n    return -x\ndef f(v):\n    neg = v < 0\n    return neg\n" });
    expect(shakeModules(m, new Map([["core", ["f"]]])).get("core")).not.toContain("def neg");
  });

  test("follows imports across modules, trims import lines, keeps effect statements", () => {
    const m = mods({
      core: "X = 1\nY = 2\ndef z():\n    return 0\n",
      util: "from core import X, Y, z\nfrom collections import OrderedDict\nprint('loaded')\ndef f():\n    return X\ndef g():\n    from core import z\n    return z()\n",
    });
    const out = shakeModules(m, new Map([["util", ["f", "g"]]]));
    // z is reached only through g's function-local import: it moves to core_lazy (next test).
    expect(out.get("util")).toBe("from core import X\nprint('loaded')\ndef f():\n    return X\ndef g():\n    from core_lazy import z\n    return z()\n");
    expect(out.get("core")).toBe("X = 1\n");
  });

  test("what a loaded module needs only through function-local imports goes to <module>_lazy", () => {
    const m = mods({
      core: "# core: test\nK = 1\nclass E(Exception):\n    pass\nclass F(E):\n    k = K\ndef hot():\n    return K\n",
      util: "from core import hot\ndef f():\n    return hot()\ndef fail():\n    from core import F, hot\n    raise F(hot())\n",
      slow: "from core import F, K\ndef g():\n    return F(K)\n",
      user: "def h():\n    from slow import g\n    return g()\n",
    });
    const out = shakeModules(m, new Map([["util", ["f", "fail"]], ["user", ["h"]]]));
    expect(out.get("core")).toBe("# core: test\nK = 1\ndef hot():\n    return K\n");
    expect(out.get("core_lazy")).toBe("# core_lazy: the part of core imported on first use\nfrom core import K\nclass E(Exception):\n    pass\nclass F(E):\n    k = K\n");
    // A function-local import is split by where each name now lives; so is a module-level one of a module loaded lazily.
    expect(out.get("util")).toContain("    from core import hot\n    from core_lazy import F\n");
    expect(out.get("slow")).toBe("from core import K\nfrom core_lazy import F\ndef g():\n    return F(K)\n");
    // Nothing is split when the module is loaded only lazily itself.
    expect(shakeModules(m, new Map([["user", ["h"]]])).has("core_lazy")).toBe(false);
    // Nor when a lazily reached function writes one of the module's globals.
    const g = mods({ core: "n = 0\ndef bump():\n    global n\n    n += 1\ndef hot():\n    return n\n", util: "from core import hot\ndef f():\n    return hot()\ndef g():\n    from core import bump\n    bump()\n" });
    const whole = shakeModules(g, new Map([["util", ["f", "g"]]]));
    expect(whole.has("core_lazy")).toBe(false);
    expect(whole.get("core")).toContain("def bump():");
  });

  test("decorators and else/except blocks stay with their statement", () => {
    const parsed = parsePythonModule("@dec\ndef f():\n    pass\ntry:\n    import a\nexcept ImportError:\n    a = None\n");
    expect(parsed.chunks.map((c) => c.text)).toEqual(["@dec\ndef f():\n    pass", "try:\n    import a\nexcept ImportError:\n    a = None"]);
  });

  test("an unknown helper name is an error, not a silently missing definition", () => {
    expect(() => shakeModules(mods({ core: "A = 1\n" }), new Map([["core", ["B"]]]))).toThrow(/defines no 'B'/);
  });

  test("a program's lib/ holds only the used helpers and still runs like Node", async () => {
    const src = `const m = new Map<string, number>(); m.set("a", 1.5);\nconsole.log(JSON.stringify({ v: m.get("a")! / 3 }), [1, 2].includes(2));\n`;
    const r = compileSource(src);
    expect(r.ok).toBe(true);
    const core = r.files.get("lib/tsmp_core.py")!;
    expect(core).not.toContain("def upd_item");
    expect(r.files.get("lib/tsmp_array.py")).not.toContain("def sort");
    const py = await runOnMicroPython(r.files);
    expect(py.error).toBeUndefined();
    expect(py.stdout).toBe((await runOnNode(src)).stdout);
  });

  test("JSON.parse's error path is imported only when it fails, and still raises a SyntaxError like Node's", async () => {
    const src = `const ok = JSON.parse('{"a": [1, 2]}') as { a: number[] };\nconsole.log(ok.a.length);\ntry {\n  JSON.parse("");\n} catch (e) {\n  console.log(e instanceof Error, (e as Error).name, (e as Error).message);\n}\n`;
    const r = compileSource(src);
    expect(r.ok).toBe(true);
    expect(r.files.get("lib/tsmp_json.py")).toContain("from tsmp_core_lazy import SyntaxError_");
    const probe = "\nimport sys\nprint('tsmp_core_lazy' in sys.modules)";
    const py = await runOnMicroPython(new Map([...r.files, ["main.py", r.files.get("main.py")! + probe]]));
    expect(py.error).toBeUndefined();
    expect(py.stdout).toBe((await runOnNode(src)).stdout + "True\n");
    const quiet = "const v = JSON.parse('[1]') as number[];\nconsole.log(v.length);\n";
    const r2 = compileSource(quiet);
    const py2 = await runOnMicroPython(new Map([...r2.files, ["main.py", r2.files.get("main.py")! + probe]]));
    expect(py2.stdout).toBe((await runOnNode(quiet)).stdout + "False\n");
  });

  test("a sort by a comparator ships neither the default String order nor module functions named like Map methods", async () => {
    const src = `const m = new Map<string, number>([["b", 2], ["a", 1]]);\nconst e = [...m.entries()].sort((x, y) => x[1] - y[1]);\nconsole.log(e[0]![0], Object.keys({ k: 1 }).length);\n`;
    const r = compileSource(src);
    expect(r.ok).toBe(true);
    expect(r.files.get("lib/tsmp_array.py")).toContain("def sort_by(");
    expect(r.files.get("lib/tsmp_array.py")).not.toContain("def sort(");
    const collections = r.files.get("lib/tsmp_collections.py")!;
    expect(collections).toContain("def keys(o)");
    expect(collections).not.toContain("def values(o)");
    expect(collections).not.toContain("def entries(o)");
    const py = await runOnMicroPython(r.files);
    expect(py.error).toBeUndefined();
    expect(py.stdout).toBe((await runOnNode(src)).stdout);
  });
});
