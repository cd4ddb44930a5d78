/**
 * The serial toolchain's public face: transport, uploads, port discovery, monitor.
 */
export { SerialTransport, BoardExecError, type TransportOptions, type RawMode } from "./transport.ts";
export { flashProject, encodeFile, type FlashOptions, type FlashReport, type FlashProgress } from "./upload.ts";
export { readDistFiles, type LocalFile } from "./dist-files.ts";
