/**
 * The virtual board's flash: a host folder mirrored into the VM's in-memory filesystem at boot
 * (under /flash, which MicroPython sees as `/`) and written through to the host on every change
 * (file closed after writing, rename, remove, mkdir, rmdir), so files persist across resets and
 * restarts of the sim. Runs inside the worker (it uses Node's fs synchronously).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { EmscriptenFS, EmscriptenStream } from "@micropython/micropython-webassembly-pyscript";

/** Where the flash lives in the VM's own filesystem. */
export const FLASH_MOUNT = "/flash";

const O_ACCMODE = 3;

/** Copy the host folder into the VM filesystem at FLASH_MOUNT (recursively, regular files only). */
export function loadFlash(fs: EmscriptenFS, hostDir: string): void {
  mkdirSync(hostDir, { recursive: true });
  fs.mkdir(FLASH_MOUNT);
  const copy = (host: string, vm: string): void => {
    for (const entry of readdirSync(host, { withFileTypes: true })) {
      const h = join(host, entry.name);
      const v = `${vm}/${entry.name}`;
      if (entry.isDirectory()) {
        fs.mkdir(v);
        copy(h, v);
      } else if (entry.isFile()) {
        fs.writeFile(v, readFileSync(h));
      }
    }
  };
  copy(hostDir, FLASH_MOUNT);
}

/** The host path for a VM path inside the flash, or undefined for paths outside it. */
export function hostPathFor(vmPath: string, hostDir: string): string | undefined {
  const p = posix.normalize(vmPath);
  if (p === FLASH_MOUNT) return hostDir;
  if (!p.startsWith(FLASH_MOUNT + "/")) return undefined;
  return join(hostDir, ...p.slice(FLASH_MOUNT.length + 1).split("/"));
}

/** Wrap the VM filesystem's calls so every change under the flash is written to the host folder. */
export function installWriteThrough(fs: EmscriptenFS, hostDir: string): void {
  const abs = (p: string): string => posix.resolve(fs.cwd(), p);
  // A host failure (disk full, folder removed) is an I/O error for the VM, never a crash.
  const ErrnoError = fs.ErrnoError as unknown as new (errno: number) => Error;
  const onHost = (op: () => void): void => {
    try {
      op();
    } catch {
      throw new ErrnoError(29); // WASI EIO
    }
  };
  const open = fs.open.bind(fs);
  const close = fs.close.bind(fs);
  const rename = fs.rename.bind(fs);
  const unlink = fs.unlink.bind(fs);
  const rmdir = fs.rmdir.bind(fs);
  const mkdir = fs.mkdir.bind(fs);
  const writing = new WeakSet<EmscriptenStream>();

  fs.open = (path: string, flags: number | string, mode?: number) => {
    const stream = open(path, flags, mode);
    const numeric = typeof flags === "number" ? flags : flags.includes("w") || flags.includes("a") || flags.includes("+") ? 1 : 0;
    if ((numeric & O_ACCMODE) !== 0 && hostPathFor(stream.path, hostDir)) writing.add(stream);
    return stream;
  };
  fs.close = (stream: EmscriptenStream) => {
    close(stream);
    if (writing.has(stream)) {
      writing.delete(stream);
      const host = hostPathFor(stream.path, hostDir);
      if (host) onHost(() => writeFileSync(host, fs.readFile(stream.path)));
    }
  };
  fs.rename = (oldPath: string, newPath: string) => {
    const from = abs(oldPath);
    const to = abs(newPath);
    rename(oldPath, newPath);
    const hf = hostPathFor(from, hostDir);
    const ht = hostPathFor(to, hostDir);
    onHost(() => {
      if (hf && ht) renameSync(hf, ht);
      else if (ht) syncTree(fs, to, ht);
      else if (hf) removeHost(hf);
    });
  };
  fs.unlink = (path: string) => {
    const p = abs(path);
    unlink(path);
    const host = hostPathFor(p, hostDir);
    if (host) removeHost(host);
  };
  fs.rmdir = (path: string) => {
    const p = abs(path);
    rmdir(path);
    const host = hostPathFor(p, hostDir);
    if (host) onHost(() => rmdirSync(host));
  };
  fs.mkdir = (path: string, mode?: number) => {
    const p = abs(path);
    const node = mkdir(path, mode);
    const host = hostPathFor(p, hostDir);
    if (host) onHost(() => mkdirSync(host, { recursive: true }));
    return node;
  };
}

function removeHost(host: string): void {
  try {
    if (statSync(host).isDirectory()) rmdirSync(host);
    else unlinkSync(host);
  } catch {
    // already gone on the host: nothing to do
  }
}

function syncTree(fs: EmscriptenFS, vm: string, host: string): void {
  const st = fs.stat(vm);
  if (fs.isDir(st.mode)) {
    mkdirSync(host, { recursive: true });
    for (const name of fs.readdir(vm)) if (name !== "." && name !== "..") syncTree(fs, `${vm}/${name}`, join(host, name));
  } else {
    writeFileSync(host, fs.readFile(vm));
  }
}

/**
 * The WebAssembly libc numbers errors the WASI way (ENOENT = 44), while MicroPython's `errno`
 * module and an ESP32 use the usual numbers (ENOENT = 2): an upload tool testing
 * `e.errno == errno.EEXIST` would miss. The filesystem calls the VM's syscalls make are wrapped to
 * raise the usual numbers, so OSError reads `[Errno 2] ENOENT` as on the board.
 */
const WASI_TO_LINUX: Record<number, number> = {
  63: 1, // EPERM
  44: 2, // ENOENT
  27: 4, // EINTR
  29: 5, // EIO
  8: 9, // EBADF
  6: 11, // EAGAIN
  48: 12, // ENOMEM
  2: 13, // EACCES
  10: 16, // EBUSY
  20: 17, // EEXIST
  75: 18, // EXDEV
  43: 19, // ENODEV
  54: 20, // ENOTDIR
  31: 21, // EISDIR
  28: 22, // EINVAL
  41: 23, // ENFILE
  33: 24, // EMFILE
  59: 25, // ENOTTY
  22: 27, // EFBIG
  51: 28, // ENOSPC
  70: 29, // ESPIPE
  69: 30, // EROFS
  37: 36, // ENAMETOOLONG
  52: 38, // ENOSYS
  55: 39, // ENOTEMPTY
  32: 40, // ELOOP
  58: 95, // EOPNOTSUPP
  73: 110, // ETIMEDOUT
};

const SYSCALL_FS_CALLS = [
  "open", "close", "read", "write", "llseek", "mkdir", "rmdir", "unlink", "rename", "stat", "lstat",
  "fstat", "readdir", "truncate", "ftruncate", "chdir", "statfs", "statfsStream", "utime", "chmod",
] as const;

export function installLinuxErrnos(fs: EmscriptenFS): void {
  const ErrnoError = fs.ErrnoError as unknown as new (errno: number) => Error & { errno: number };
  for (const name of SYSCALL_FS_CALLS) {
    const table = fs as unknown as Record<string, unknown>;
    const original = table[name];
    if (typeof original !== "function") continue;
    const call = (original as (...args: unknown[]) => unknown).bind(fs);
    table[name] = (...args: unknown[]) => {
      try {
        return call(...args);
      } catch (e) {
        const errno = (e as { errno?: unknown }).errno;
        if (e instanceof ErrnoError && typeof errno === "number" && !(e as { linux?: boolean }).linux) {
          const mapped = new ErrnoError(WASI_TO_LINUX[errno] ?? errno);
          (mapped as unknown as { linux: boolean }).linux = true;
          throw mapped;
        }
        throw e;
      }
    };
  }
}
