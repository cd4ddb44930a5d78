# `ssl` / `tls` for the virtual board: TLS on a bridged socket. The host runs the client handshake
# (Node's TLS, trusting only the CA data the program loaded: a board has no system trust store) and
# then carries plaintext. The wrapped object has what MicroPython's SSLSocket has (read, readinto,
# readline, write, setblocking, close) and no more (no send/recv/settimeout), and failures raise
# what the ESP32 port raises: ValueError with mbedTLS's text when verification fails, OSError with
# a negative mbedTLS code for other handshake errors.
import binascii
from board_host import host, check
import board_socket

CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2
PROTOCOL_TLS_CLIENT = 0
PROTOCOL_TLS_SERVER = 1


def _b64(data):
    return binascii.b2a_base64(data).decode().strip() if data else ""


def _read(data):
    # load_* take bytes/str, or (as micropython-lib's ssl does) a file path
    if isinstance(data, str) and not data.startswith("-----"):
        with open(data, "rb") as f:
            return f.read()
    return data.encode() if isinstance(data, str) else bytes(data)


class SSLSocket:
    def __init__(self, sock):
        self._tls_of = sock  # board_select polls the socket underneath

    def read(self, n=-1):
        return self._tls_of.read(n)

    def readinto(self, buf, nbytes=None):
        return self._tls_of.readinto(buf, nbytes)

    def readline(self):
        return self._tls_of.readline()

    def write(self, data):
        return self._tls_of.write(data)

    def setblocking(self, flag):
        self._tls_of.setblocking(flag)

    def close(self):
        self._tls_of.close()

    def __del__(self):
        self.close()


class SSLContext:
    def __init__(self, protocol):
        if protocol not in (PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER):
            raise ValueError("invalid protocol")
        self._server = protocol == PROTOCOL_TLS_SERVER
        self.verify_mode = CERT_NONE
        self._ca = b""
        self._cert = b""
        self._key = b""

    def load_verify_locations(self, cafile=None, cadata=None):
        self._ca = _read(cafile if cafile else cadata)

    def load_cert_chain(self, certfile, keyfile):
        self._cert = _read(certfile)
        self._key = _read(keyfile)

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True, server_hostname=None):
        if server_side or self._server:
            raise OSError(board_socket._EOPNOTSUPP)
        verify = self.verify_mode == CERT_REQUIRED
        if verify and server_hostname is None:
            raise ValueError("CERT_REQUIRED requires server_hostname")
        r = check(host.tcp_tls(sock._id, server_hostname or "", 1 if verify else 0, _b64(self._ca),
                               sock._timeout, _b64(self._cert), _b64(self._key)))
        if r[0] == "v":
            raise ValueError(r[1:])
        if r[0] == "x":
            code, name = r[1:].split(" ", 1)
            raise OSError(int(code), name)
        board_socket._result(r)
        return SSLSocket(sock)


def wrap_socket(sock, server_side=False, key=None, cert=None, cert_reqs=CERT_NONE, cadata=None,
                server_hostname=None, do_handshake=True):
    ctx = SSLContext(PROTOCOL_TLS_SERVER if server_side else PROTOCOL_TLS_CLIENT)
    if cert or key:
        ctx.load_cert_chain(cert, key)
    ctx.verify_mode = cert_reqs
    if cadata:
        ctx.load_verify_locations(cadata=cadata)
    return ctx.wrap_socket(sock, server_side=server_side, do_handshake_on_connect=do_handshake,
                           server_hostname=server_hostname)
