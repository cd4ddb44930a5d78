/** Keeps a long-running command (`tsmp sim`, `tsmp broker`) alive until Ctrl-C or SIGTERM, then runs its clean-up once. */
export function untilStopped(cleanUp: () => Promise<void>): Promise<void> {
  return new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void cleanUp().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
