/**
 * The serial toolchain's public face: transport, uploads, port discovery, monitor.
 */
export { SerialTransport, BoardExecError, type TransportOptions, type RawMode } from "./transport.ts";
export { flashProject, encodeFile, type FlashOptions, type FlashReport, type FlashProgress } from "./upload.ts";
export { readDistFiles, type LocalFile } from "./dist-files.ts";
export { listPorts, listPortsFromSysfs, choosePort, describePort, type PortInfo } from "./ports.ts";
export { monitor, loadTracebackMapper, type MonitorOptions, type MonitorInput } from "./monitor.ts";
export { ConsoleRewriter, resetReason } from "./console-rewriter.ts";
