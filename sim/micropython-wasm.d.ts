/** Type declarations for the parts of @micropython/micropython-webassembly-pyscript that tsmp uses. */
declare module "@micropython/micropython-webassembly-pyscript" {
  export interface EmscriptenStream {
    path: string;
    flags: number;
    [key: string]: unknown;
  }
  export interface EmscriptenFS {
    mkdir(path: string, mode?: number): unknown;
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string, opts?: { encoding?: "binary" }): Uint8Array;
    readdir(path: string): string[];
    stat(path: string): { mode: number; size: number };
    isDir(mode: number): boolean;
    isFile(mode: number): boolean;
    open(path: string, flags: number | string, mode?: number): EmscriptenStream;
    close(stream: EmscriptenStream): void;
    rename(oldPath: string, newPath: string): void;
    unlink(path: string): void;
    rmdir(path: string): void;
    cwd(): string;
    chdir(path: string): void;
    [key: string]: unknown;
  }
  export interface MicroPython {
    _module: { _mp_sched_keyboard_interrupt(): void; [key: string]: unknown };
    FS: EmscriptenFS;
    runPython(code: string): unknown;
    registerJsModule(name: string, module: object): void;
    pyimport(name: string): any;
    replInit(): void;
    replProcessChar(chr: number): number;
    globals: { get(key: string): unknown; set(key: string, value: unknown): void };
  }
  export function loadMicroPython(options?: {
    pystack?: number;
    heapsize?: number;
    url?: string;
    stdin?: () => number | null;
    stdout?: (data: Uint8Array | string) => void;
    stderr?: (data: Uint8Array | string) => void;
    linebuffer?: boolean;
  }): Promise<MicroPython>;
}
