# `socket` / `usocket` for the virtual board: TCP sockets bridged to real host TCP. Every call
# blocks the VM (the worker waits on Atomics while the host does the I/O), with MicroPython's
# semantics: timeouts raise OSError(ETIMEDOUT), a non-blocking socket with no data raises
# OSError(EAGAIN) from recv() and returns None from read(), a closed peer gives b''.
import binascii
import errno
from board_host import host, check

AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 4095
SO_REUSEADDR = 4
TCP_NODELAY = 1

_EOPNOTSUPP = getattr(errno, "EOPNOTSUPP", 95)
_ENOTCONN = getattr(errno, "ENOTCONN", 107)


def _raise(name):
    # The host names the error (ETIMEDOUT, ECONNREFUSED, ...); the number is this port's.
    raise OSError(getattr(errno, name, getattr(errno, "EIO", 5)))


def getaddrinfo(host_name, port, af=0, type=0, proto=0, flags=0):
    ip = check(host.getaddrinfo(str(host_name)))
    if not ip:
        raise OSError(-202)  # what the ESP32 port raises when the name does not resolve
    return [(AF_INET, SOCK_STREAM, IPPROTO_TCP, "", (ip, port))]


def _result(r):
    """Decode a host reply: bytes-like data (empty: peer closed), 'ok', 'n' nothing yet
    (non-blocking), 'e<ERRNAME>'."""
    check(r)
    if not isinstance(r, str):
        return bytes(r)
    kind = r[0]
    if kind == "n":
        return None
    if kind == "e":
        _raise(r[1:])
    return r


class socket:
    def __init__(self, af=AF_INET, type=SOCK_STREAM, proto=0):
        if type != SOCK_STREAM:
            raise OSError(_EOPNOTSUPP)
        self._id = host.tcp_open()
        self._timeout = -1  # -1 blocks forever, 0 is non-blocking, else milliseconds
        self._rbuf = b""
        self._closed = False

    def settimeout(self, seconds):
        self._timeout = -1 if seconds is None else int(seconds * 1000)

    def setblocking(self, flag):
        self._timeout = -1 if flag else 0

    def setsockopt(self, level, option, value):
        pass

    def connect(self, address):
        ip, port = address[0], address[1]
        if not _is_ip(ip):
            ip = getaddrinfo(ip, port)[0][-1][0]
        _result(host.tcp_connect(self._id, ip, int(port), self._timeout if self._timeout > 0 else -1))

    def send(self, data):
        if self._closed:
            raise OSError(errno.EBADF)
        data = bytes(data)
        _result(host.tcp_send(self._id, binascii.hexlify(data).decode()))
        return len(data)

    def sendall(self, data):
        self.send(data)

    def write(self, data):
        return self.send(data)

    def _recv(self, n):
        if self._rbuf:
            data = self._rbuf[:n]
            self._rbuf = self._rbuf[n:]
            return data
        if self._closed:
            raise OSError(errno.EBADF)
        return _result(host.tcp_recv(self._id, n, self._timeout))

    def recv(self, n):
        data = self._recv(n)
        if data is None:
            raise OSError(errno.EAGAIN)
        return data

    def read(self, n=-1):
        # A stream read: up to n bytes, waiting for all of them unless the peer closes (or, on a
        # non-blocking socket, returning what is there, None when nothing is).
        if n is None or n < 0:
            chunks = []
            while True:
                d = self._recv(4096)
                if not d:
                    break
                chunks.append(d)
            return b"".join(chunks)
        chunks = []
        got = 0
        while got < n:
            d = self._recv(n - got)
            if d is None:
                if got == 0:
                    return None
                break
            if not d:
                break
            chunks.append(d)
            got += len(d)
            if self._timeout == 0:
                break
        return b"".join(chunks)

    def readinto(self, buf, nbytes=None):
        n = len(buf) if nbytes is None else nbytes
        data = self.read(n)
        if data is None:
            return None
        buf[: len(data)] = data
        return len(data)

    def readline(self):
        line = b""
        while True:
            nl = self._rbuf.find(b"\n")
            if nl >= 0:
                line += self._rbuf[: nl + 1]
                self._rbuf = self._rbuf[nl + 1 :]
                return line
            line += self._rbuf
            self._rbuf = b""
            d = _result(host.tcp_recv(self._id, 1024, self._timeout))
            if not d:
                return line
            self._rbuf = d

    def makefile(self, mode="rb", buffering=0):
        return self

    def fileno(self):
        return self._id

    def bind(self, address):
        raise OSError(_EOPNOTSUPP)

    def listen(self, backlog=0):
        raise OSError(_EOPNOTSUPP)

    def accept(self):
        raise OSError(_EOPNOTSUPP)

    def close(self):
        if not self._closed:
            self._closed = True
            host.tcp_close(self._id)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()


def _is_ip(text):
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not p.isdigit():
            return False
    return True
