function overrides(): string {
  try {
    return "from try";
  } finally {
    console.log("finally runs before the return value is used");
  }
}
console.log(overrides());
function finallyWins(): number {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) return i * 100;
    } finally {
      if (i === 1) console.log("leaving at", i);
    }
  }
  return -1;
}
console.log(finallyWins());
function rethrowAfterCleanup(): string {
  const log: string[] = [];
  try {
    try {
      throw new Error("inner");
    } finally {
      log.push("cleanup");
    }
  } catch (e) {
    log.push("caught " + (e as Error).message);
  }
  return log.join(", ");
}
console.log(rethrowAfterCleanup());
