import { Level, type Entry, makeEntry } from "./log";
import * as stats from "./stats";
const entries: Entry[] = [makeEntry(Level.Info, "boot"), makeEntry(Level.Warn, "low battery"), makeEntry(Level.Info, "ok")];
for (const e of entries) console.log(Level[e.level], e.text);
console.log(stats.countBy(entries.map((e) => Level[e.level])));
console.log(stats.VERSION);
