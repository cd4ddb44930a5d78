class AppError extends Error {
  constructor(message: string, public readonly status = 500) {
    super(message);
    this.name = "AppError";
  }
}
class NotFound extends AppError {
  constructor(what: string) {
    super(what + " not found", 404);
    this.name = "NotFound";
  }
}
const errors: Error[] = [new AppError("boom"), new NotFound("sensor"), new Error("plain"), new TypeError("typed")];
for (const e of errors) {
  const status = e instanceof AppError ? e.status : -1;
  console.log(e.name, "|", e.message, "|", status, "|", String(e), "|", e instanceof NotFound);
}
try {
  throw new NotFound("pump");
} catch (e) {
  if (e instanceof AppError) console.log("handled", e.status, e.message);
}
