/**
 * User-facing errors. Anything thrown as a TsmpError reaches the top of the CLI as
 * `tsmp: <message>` (plus a `hint:` line with the fix) and exit code 1; any other error is a bug
 * and is printed with its stack.
 */
export type TsmpErrorCode =
  | "BUILD_FAILED"
  | "NO_PORT"
  | "PORT_NOT_FOUND"
  | "PORT_PERMISSION"
  | "PORT_BUSY"
  | "PORT_VANISHED"
  | "NO_PROMPT"
  | "DEVICE_ERROR"
  | "VERIFY_FAILED"
  | "BAD_FIRMWARE"
  | "BOOTLOADER"
  | "NO_MICROPYTHON"
  | "BAD_CONFIG"
  | "BAD_ARGUMENT"
  | "PROGRAM_FAILED";

export class TsmpError extends Error {
  readonly code: TsmpErrorCode;
  readonly hint?: string;
  /** Exit code for the process; 1 unless a command needs to pass another through. */
  readonly exitCode: number;

  constructor(code: TsmpErrorCode, message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TsmpError";
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

export function isTsmpError(error: unknown): error is TsmpError {
  return error instanceof TsmpError;
}
