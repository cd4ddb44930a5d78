import { Project, Node } from "ts-morph";
import { rangeOf } from "../compiler/lower/fast-paths.ts";
import { readFileSync } from "node:fs";
const p = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, target: 9 } });
const sf = p.createSourceFile("main.ts", readFileSync(process.argv[2]!, "utf8"));
sf.forEachDescendant((n) => { if (Node.isIdentifier(n) && n.getText() === process.argv[3]) console.log(n.getStartLineNumber(), n.getParent()!.getKindName(), rangeOf(n)); });
