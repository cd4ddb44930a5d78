/** Shard 1 of the compiler fuzzer (see fuzz-suite.ts): its share of the 10,000 inputs. */
import { defineFuzzShard } from "./fuzz-suite.ts";

defineFuzzShard(1);
