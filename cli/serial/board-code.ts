/**
 * The Python tsmp runs on the board, as small builders returning source text. Kept tiny on purpose:
 * every byte here crosses the serial link. Paths are relative to the board's working directory
 * (`/` on an ESP32, the flash folder on the sim). Helpers are globals of the raw REPL session
 * (they live until the next soft reset), named `_t*` to stay out of the user's way.
 */

export const MANIFEST = ".tsmp-manifest.json";
/** Suffix of a file being uploaded (verified, then renamed over the real name). */
export const TEMP_SUFFIX = ".tsmp-new";
/** Suffix of the compressed bytes of a file being uploaded (inflated into the temp file). */
export const DEFLATED_SUFFIX = ".tsmp-z";

/** Python string literal (single quotes), ASCII-safe. */
export function pyStr(text: string): string {
  return `'${text.replace(/[\\'\x00-\x1f\x7f-\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\\" || c === "'") return `\\${c}`;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  })}'`;
}

/** Hash helper: `_th(path)` → sha256 hex of the file, '' when it does not exist. */
const HASH_HELPER = `import hashlib,binascii as _tB
def _th(p):
 h=hashlib.sha256()
 try:
  f=open(p,'rb')
  while 1:
   b=f.read(512)
   if not b:break
   h.update(b)
  f.close()
 except OSError:return''
 return _tB.hexlify(h.digest()).decode()
`;

/**
 * The one call an unchanged re-flash needs (fixed size, whatever the number of files): hashes every
 * file the manifest lists and prints a digest over `path sha256\n` lines in sorted path order.
 * Equal to `stateDigest` of the local files ⇒ the board has exactly this build (nothing to send or remove).
 */
export const QUICK_CHECK = `${HASH_HELPER}try:
 import json;m=json.load(open('${MANIFEST}'))['files']
except Exception:m={}
d=hashlib.sha256()
for p in sorted(m):d.update((p+' '+_th(p)+'\\n').encode())
print(_tB.hexlify(d.digest())[:16].decode())
`;

/** The host side of QUICK_CHECK. */
export function stateDigest(files: Array<{ path: string; sha256: string }>, sha256: (b: Uint8Array) => string): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256(Buffer.from(sorted.map((f) => `${f.path} ${f.sha256}\n`).join(""))).slice(0, 16);
}

/**
 * The detailed check (after QUICK_CHECK defined `_th` and `m`): prints (1) the indices of `files`
 * whose board copy does not start with the given hash prefix, (2) the paths tsmp wrote before
 * (manifest) that are not in `files`. Both as Python lists.
 */
export function checkCode(files: Array<{ path: string; hashPrefix: string }>): string {
  const list = files.map((f) => `(${pyStr(f.path)},${pyStr(f.hashPrefix)})`).join(",");
  return `L=[${list}]
print([i for i,(p,h) in enumerate(L) if _th(p)[:${files[0]?.hashPrefix.length ?? 12}]!=h])
S=[p for p,h in L]
print([p for p in m if p not in S])
`;
}

/** Upload helpers; prints 1 when the board can inflate (has `deflate`), else 0. */
export const UPLOAD_HELPERS = `import os
def _tk(p):
 for s in ('${TEMP_SUFFIX}','${DEFLATED_SUFFIX}'):
  try:os.remove(p+s)
  except OSError:pass
def _tD(p):
 q=''
 for d in p.split('/')[:-1]:
  q=q+d
  try:os.mkdir(q)
  except OSError:pass
  q=q+'/'
def _to(p):
 global _tf
 _tD(p);_tf=open(p,'wb')
def _tw(s):_tf.write(_tB.a2b_base64(s))
def _tc():_tf.close()
def _ti(s,d):
 with open(s,'rb') as i:
  with open(d,'wb') as o:
   z=deflate.DeflateIO(i,deflate.ZLIB)
   while 1:
    b=z.read(512)
    if not b:break
    o.write(b)
 os.remove(s)
def _tr(P):
 for p in P:os.rename(p+'${TEMP_SUFFIX}',p)
def _tx(P):
 for p in P:
  try:os.remove(p)
  except OSError:pass
try:
 import deflate;print(1)
except ImportError:print(0)
`;

export const openTemp = (path: string): string => `_to(${pyStr(path)})`;
export const writeChunk = (base64: string): string => `_tw(b'${base64}')`;
export const closeTemp = (): string => "_tc()";
/** Writes a short ASCII-safe text file in one statement (the manifest). */
export const writeText = (path: string, text: string): string => `f=open(${pyStr(path)},'w');f.write(${pyStr(text)});f.close()`;
export const inflate = (from: string, to: string): string => `_ti(${pyStr(from)},${pyStr(to)})`;
export const hashOf = (path: string): string => `print(_th(${pyStr(path)}))`;
export const removeStale = (paths: string[]): string => paths.map((p) => `_tk(${pyStr(p)})`).join("\n");
export const renameTemps = (paths: string[]): string => `_tr([${paths.map(pyStr).join(",")}])`;
export const removeFiles = (paths: string[]): string => `_tx([${paths.map(pyStr).join(",")}])`;

/** Parses a printed Python list of ints or of strings (as `print([...])` shows them). */
export function parsePyList(text: string): Array<string | number> {
  const body = text.trim().replace(/^\[|\]$/g, "").trim();
  if (body === "") return [];
  const out: Array<string | number> = [];
  const re = /\s*(?:(-?\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null && m[0] !== "") {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else out.push(unescapePy(m[2] ?? m[3] ?? ""));
    if (re.lastIndex >= body.length) break;
  }
  return out;
}

function unescapePy(s: string): string {
  return s.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/gi, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === "n" ? "\n" : e === "r" ? "\r" : e === "t" ? "\t" : e,
  );
}
