/**
 * TLS for the virtual board's sockets: the board's `ssl.wrap_socket` asks the host to run the TLS
 * handshake on an already connected bridged socket, with the board's CA data and verify mode, and
 * from then on the bridge carries plaintext. Errors are reported the way MicroPython's mbedTLS
 * port reports them (a failed verification is a ValueError with mbedTLS's verify text, other
 * handshake failures an OSError with a negative mbedTLS code), so code tested in the sim meets
 * the same exceptions on an ESP32.
 */
import { checkServerIdentity, connect, type TLSSocket } from "node:tls";
import { isIP, type Socket } from "node:net";

export interface TlsRequest {
  hostname: string; // server_hostname, "" for none
  verify: boolean; // CERT_REQUIRED
  ca: Buffer; // the board's cadata (PEM or DER), empty for none
  timeoutMs: number; // the socket's timeout, -1 for none
  cert: Buffer; // load_cert_chain: client certificate (PEM or DER) and key (PEM), empty for none
  key: Buffer;
}

/** `ok` with the TLS socket, or the bridge reply describing the failure. */
export type TlsOutcome = { socket: TLSSocket } | { reply: string };

// mbedTLS's texts for x509 verify flags (what MicroPython puts in the ValueError).
const NOT_TRUSTED = "The certificate is not correctly signed by the trusted CA";
const VERIFY_TEXT: Record<string, string> = {
  CERT_HAS_EXPIRED: "The certificate validity has expired",
  CERT_NOT_YET_VALID: "The certificate validity starts in the future",
  ERR_TLS_CERT_ALTNAME_INVALID: "The certificate Common Name (CN) does not match with the expected CN",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: NOT_TRUSTED,
  SELF_SIGNED_CERT_IN_CHAIN: NOT_TRUSTED,
  DEPTH_ZERO_SELF_SIGNED_CERT: NOT_TRUSTED,
  UNABLE_TO_GET_ISSUER_CERT: NOT_TRUSTED,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: NOT_TRUSTED,
  CERT_SIGNATURE_FAILURE: NOT_TRUSTED,
  CERT_UNTRUSTED: NOT_TRUSTED,
};

/** Certificate or key data from the board as PEM text: PEM passes through, DER is wrapped. */
export function toPem(data: Buffer, label: "CERTIFICATE" | "PRIVATE KEY"): string | undefined {
  if (data.length === 0) return undefined;
  const text = data.toString("latin1");
  if (text.includes("-----BEGIN ")) return text;
  const b64 = data.toString("base64").replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

/** The bridge reply for a handshake error: `v<text>` (ValueError), `x<code> <name>` (OSError) or `e<ERRNO>`. */
export function tlsFailureReply(error: NodeJS.ErrnoException): string {
  const code = error.code ?? "";
  const text = VERIFY_TEXT[code];
  if (text) return `v\n${text}\n`;
  if (code === "ECONNRESET" || code === "EPIPE" || /socket disconnected/i.test(error.message)) return "x-29312 MBEDTLS_ERR_SSL_CONN_EOF";
  if (/^E[A-Z]+$/.test(code)) return `e${code}`;
  return "x-30592 MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE";
}

/** Runs the client handshake on `raw` (its own listeners must already be removed). */
export function upgradeToTls(raw: Socket, request: TlsRequest): Promise<TlsOutcome> {
  return new Promise((resolve) => {
    const hostname = request.hostname;
    const socket = connect({
      socket: raw,
      host: hostname || undefined,
      servername: hostname && !isIP(hostname) ? hostname : undefined,
      // An ESP32 has no system trust store: only the CA data the program loaded counts.
      ca: [toPem(request.ca, "CERTIFICATE")].filter((x): x is string => x !== undefined),
      cert: toPem(request.cert, "CERTIFICATE"),
      key: toPem(request.key, "PRIVATE KEY"),
      rejectUnauthorized: request.verify,
      // mbedTLS checks the name only when server_hostname was given.
      checkServerIdentity: (host, cert) => (request.verify && hostname ? checkServerIdentity(hostname, cert) : undefined),
    });
    let done = false;
    const finish = (outcome: TlsOutcome) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      socket.removeListener("error", onError);
      socket.removeListener("close", onClose);
      if ("reply" in outcome) socket.destroy();
      resolve(outcome);
    };
    const onError = (e: NodeJS.ErrnoException) => finish({ reply: tlsFailureReply(e) });
    const onClose = () => finish({ reply: "x-29312 MBEDTLS_ERR_SSL_CONN_EOF" });
    const timer = request.timeoutMs > 0 ? setTimeout(() => finish({ reply: "eETIMEDOUT" }), request.timeoutMs) : undefined;
    socket.once("secureConnect", () => finish({ socket }));
    socket.on("error", onError);
    socket.on("close", onClose);
  });
}
