/**
 * What the monitor does to the board's console text, as a pure stream transformer: MicroPython
 * tracebacks rewritten to TypeScript positions (through a `rewrite` function, normally the
 * compiler's `mapPythonTraceback`), optional `[HH:MM:SS.mmm]` timestamps at line starts, and
 * reset notices (ESP32 ROM `rst:0x… (REASON)` lines, MicroPython `soft reboot`). Text is passed
 * on at once, except a line that may be a traceback `File "…", line N` line, held until complete.
 */
export interface RewriterOptions {
  rewrite?: (line: string) => string;
  timestamps?: boolean;
  now?: () => Date;
  /** Called with a short description when the console shows that the board reset. */
  onReset?: (reason: string) => void;
}

const FILE_LINE = '  File "';

export function resetReason(line: string): string | undefined {
  const rom = /rst:(0x[0-9a-f]+) \(([A-Z0-9_]+)\)/i.exec(line);
  if (rom) return `${rom[2]} (${rom[1]})`;
  if (/\bsoft reboot\b/.test(line)) return "soft reboot";
  return undefined;
}

export function timestamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `[${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}] `;
}

export class ConsoleRewriter {
  /** The current line: the part not yet passed on (`held`) and whether its start was already passed on. */
  private held = "";
  private lineStarted = false;
  private lineSoFar = "";

  constructor(private readonly options: RewriterOptions = {}) {}

  push(text: string): string {
    let out = "";
    let rest = text;
    while (rest.length > 0) {
      const nl = rest.indexOf("\n");
      const piece = nl < 0 ? rest : rest.slice(0, nl + 1);
      rest = nl < 0 ? "" : rest.slice(nl + 1);
      if (nl >= 0) out += this.completeLine(piece);
      else out += this.partial(piece);
    }
    return out;
  }

  /** Whatever is still held (e.g. at exit). */
  flush(): string {
    if (this.held === "") return "";
    const out = this.emit(this.held);
    this.held = "";
    return out;
  }

  private partial(piece: string): string {
    this.held += piece;
    this.lineSoFar += piece;
    // Hold it while it could still become a traceback file line; otherwise pass it on now.
    if (!this.lineStarted && (FILE_LINE.startsWith(this.held) || this.held.startsWith(FILE_LINE))) return "";
    const out = this.emit(this.held);
    this.held = "";
    return out;
  }

  private completeLine(piece: string): string {
    let text = this.held + piece;
    this.lineSoFar += piece;
    if (!this.lineStarted && text.startsWith(FILE_LINE) && this.options.rewrite) text = this.options.rewrite(text);
    const reason = resetReason(this.lineSoFar);
    const out = this.emit(text);
    if (reason) this.options.onReset?.(reason);
    this.held = "";
    this.lineStarted = false;
    this.lineSoFar = "";
    return out;
  }

  private emit(text: string): string {
    if (text === "") return "";
    const stamp = this.options.timestamps && !this.lineStarted ? timestamp(this.options.now?.() ?? new Date()) : "";
    this.lineStarted = !text.endsWith("\n");
    return stamp + text;
  }
}
