# umqttsimple.py: the tsmp MQTT client for MicroPython (MQTT 3.1.1, or 3.1 with version=3).
# Keeps the Eduponics tutorial's MQTTClient API, adds QuecPython-style extras (reconn, version,
# get_mqttsta, loop_forever, close) and a non-blocking path for asyncio. One protocol core that
# assumes a good connection and raises MQTTException on any failure; with reconn=True the public
# methods loop: ensure connected -> operation -> on error reconnect with backoff.
# Runs on MicroPython and on CPython 3 (for quick checks).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import ustruct as struct
except ImportError:
    import struct
import time
try:
    from time import ticks_ms, ticks_diff, sleep_ms
except ImportError:
    def ticks_ms():
        return int(time.monotonic() * 1000)

    def ticks_diff(a, b):
        return a - b

    def sleep_ms(ms):
        time.sleep(ms / 1000)


class MQTTException(OSError):
    pass


_TMO = (11, 110, 116, "timed out")  # EAGAIN, ETIMEDOUT (Linux, lwIP), CPython's socket.timeout text
_REFUSED = (None, "unacceptable protocol version", "client id rejected", "server unavailable",
            "bad user name or password", "not authorized")
_NAMES = {0x40: "PUBACK", 0x50: "PUBREC", 0x70: "PUBCOMP", 0x90: "SUBACK", 0xB0: "UNSUBACK"}


def _b(x):
    return x.encode() if isinstance(x, str) else bytes(x)


def _check_topic(t, filt):
    # MQTT 3.1.1 section 4.7: non-empty UTF-8, no NUL, wildcards only in filters and alone in their level
    if not t:
        raise MQTTException("topic must not be empty")
    if len(t) > 65535:
        raise MQTTException("topic is longer than 65535 bytes")
    if b"\x00" in t:
        raise MQTTException("topic %r must not contain a NUL character" % t)
    if not filt:
        if b"+" in t or b"#" in t:
            raise MQTTException("cannot publish to %r: '+' and '#' are wildcards, only for subscribe" % t)
        return
    lv = t.split(b"/")
    for i, p in enumerate(lv):
        if (b"+" in p or b"#" in p) and len(p) > 1:
            raise MQTTException("bad topic filter %r: a wildcard must fill a whole level, e.g. 'a/+/c' or 'a/#'" % t)
        if p == b"#" and i != len(lv) - 1:
            raise MQTTException("bad topic filter %r: '#' must be the last level" % t)


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0,
                 ssl=False, ssl_params={}, reconn=False, version=4, pingmaxnum=0,
                 max_packet=4096, timeout=10, backoff_ms=250, backoff_max_ms=8000):
        if version not in (3, 4):
            raise MQTTException("version must be 4 (MQTT 3.1.1) or 3 (MQTT 3.1), not %r" % version)
        if not 0 <= keepalive <= 65535:
            raise MQTTException("keepalive must be 0..65535 seconds")
        self.client_id = _b(client_id)
        self.server = server
        self.port = port or (8883 if ssl else 1883)
        self.user = user
        self.pswd = password
        self.keepalive = keepalive
        self.ssl = ssl
        self.ssl_params = ssl_params
        self.reconn = reconn
        self.version = version
        self.timeout = timeout
        self.backoff_ms = backoff_ms
        self.backoff_max_ms = backoff_max_ms
        self.cb = None
        self.lw_topic = None
        self.lw_msg = None
        self.lw_qos = 0
        self.lw_retain = False
        self.sock = None
        self._max = max_packet
        self._buf = bytearray(max_packet + 5)  # receive buffer: one whole packet fits
        self._mv = memoryview(self._buf)
        self._r = 0
        self._w = 0
        self._rd = self._wr = None
        self._tmo = -1  # timeout the socket has now (ms, None = blocking)
        self._pid = 0
        self._out = []  # unacknowledged outgoing: [pid, qos, state(0 sent, 1 PUBREC got), topic, msg, retain, conn]
        self._rx2 = set()  # incoming QoS 2 ids delivered, waiting for PUBREL
        self._subs = {}  # topic filter -> qos, restored after a clean reconnect
        self._conn = 0  # connection counter
        self._sta = 0  # get_mqttsta(): 0 connecting, 1 connected, 2 disconnected by broker, -1 error
        self._run = False
        self._clean = True
        self._ack = None  # last SUBACK/UNSUBACK pid seen
        self._tx = self._rx = ticks_ms()
        self._ping = False

    # ---- settings --------------------------------------------------------------------------
    def set_callback(self, f):
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        topic = _b(topic)
        _check_topic(topic, False)
        if not 0 <= qos <= 2:
            raise MQTTException("last will qos must be 0, 1 or 2")
        self.lw_topic = topic
        self.lw_msg = _b(msg)
        self.lw_qos = qos
        self.lw_retain = retain

    def get_mqttsta(self):
        return self._sta

    def pending(self):
        return len(self._out)

    # ---- bytes on the wire -------------------------------------------------------------------
    def _settmo(self, ms):
        if ms != self._tmo:
            self.sock.settimeout(None if ms is None else ms / 1000)
            self._tmo = ms

    def _send(self, data):
        if self.sock is None:
            raise MQTTException("not connected: call connect() first")
        self._settmo(self.timeout * 1000)
        try:
            self._wr(data)
        except OSError as e:
            self._lost()
            raise MQTTException("connection to the broker lost while sending (%s)" % (e,))
        self._tx = ticks_ms()

    def _fill(self, ms):
        # read what is there (waiting up to ms; 0 = do not wait) into the buffer; False on timeout
        if self._w == len(self._buf):
            n = self._w - self._r
            self._buf[:n] = bytes(self._mv[self._r:self._w])
            self._r, self._w = 0, n
        self._settmo(ms)
        try:
            if self._rd:
                n = self._rd(self._mv[self._w:])
            else:
                d = self.sock.recv(len(self._buf) - self._w)
                n = len(d)
                self._buf[self._w:self._w + n] = d
        except OSError as e:
            if (e.args[0] if e.args else None) in _TMO or getattr(e, "errno", 0) in _TMO:
                return False
            self._lost()
            raise MQTTException("connection to the broker lost (%s)" % (e,))
        if n is None:
            return False
        if n == 0:
            self._lost()
            self._sta = 2
            raise MQTTException("the broker closed the connection")
        self._w += n
        self._rx = ticks_ms()
        return True

    def _packet(self, ms):
        # next whole packet as (first byte, body start, body length); None when none came within ms
        start = None
        while True:
            r, w, b = self._r, self._w, self._buf
            if w > r:
                if start is None:
                    start = ticks_ms()
                i, n, sh = r + 1, 0, 0
                while i < w:
                    c = b[i]
                    n |= (c & 127) << sh
                    i += 1
                    if not c & 128:
                        break
                    sh += 7
                    if sh == 28:
                        self._lost()
                        raise MQTTException("malformed packet from broker: remaining length longer than 4 bytes")
                else:
                    n = -1
                if n > self._max:
                    self._lost()
                    raise MQTTException("packet from broker is %d bytes, over the %d-byte limit (raise max_packet)" % (n, self._max))
                if n >= 0 and i + n <= w:
                    self._r = i + n
                    if self._r == w:
                        self._r = self._w = 0
                    return b[r], i, n
                ms = self.timeout * 1000 - ticks_diff(ticks_ms(), start)
                if ms <= 0:
                    self._lost()
                    raise MQTTException("broker stopped sending in the middle of a packet (%d bytes waiting after %d s)" % (w - r, self.timeout))
            elif ms is not None and ms <= 0:
                if not self._fill(0):
                    return None
                continue
            if not self._fill(ms) and start is None:
                return None

    # ---- protocol core -------------------------------------------------------------------------
    def _lost(self):
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
        self.sock = None
        self._r = self._w = 0
        self._tmo = -1
        if self._sta == 1:
            self._sta = -1

    def _hdr(self, op, n):
        # fixed header: type byte + remaining length
        h = bytearray(5)
        h[0] = op
        i = 1
        while True:
            h[i] = n & 127 | (128 if n > 127 else 0)
            i += 1
            n >>= 7
            if not n:
                return h[:i]

    def _str(self, pkt, s):
        pkt.extend(struct.pack("!H", len(s)))
        pkt.extend(s)

    def connect(self, clean_session=True, timeout=None):
        self._lost()
        self._sta = 0
        self._clean = clean_session
        try:
            addr = socket.getaddrinfo(self.server, self.port)[0][-1]
            s = socket.socket()
            s.settimeout(timeout or self.timeout)
            s.connect(addr)
            if self.ssl:
                s = self._wrap(s)
        except OSError as e:
            self._sta = -1
            raise MQTTException("cannot reach the broker at %s:%d (%s)" % (self.server, self.port, e))
        self.sock = s
        self._wr = getattr(s, "sendall", None) or s.write
        self._rd = getattr(s, "readinto", None) or getattr(s, "recv_into", None)
        v = b"\x00\x04MQTT\x04" if self.version == 4 else b"\x00\x06MQIsdp\x03"
        f = 2 if clean_session else 0
        body = bytearray(v)
        body.append(0)
        body += struct.pack("!H", self.keepalive)
        self._str(body, self.client_id)
        if self.lw_topic:
            f |= 4 | self.lw_qos << 3 | (32 if self.lw_retain else 0)
            self._str(body, self.lw_topic)
            self._str(body, self.lw_msg)
        if self.user is not None:
            f |= 128
            self._str(body, _b(self.user))
            if self.pswd is not None:
                f |= 64
                self._str(body, _b(self.pswd))
        body[len(v)] = f
        self._send(self._hdr(0x10, len(body)) + body)
        p = self._packet(self.timeout * 1000)
        if p is None:
            self._lost()
            self._sta = -1
            raise MQTTException("no CONNACK from the broker within %d s" % self.timeout)
        op, i, n = p
        if op != 0x20 or n != 2:
            self._lost()
            self._sta = -1
            raise MQTTException("expected CONNACK from the broker, got packet type 0x%02x" % op)
        sp, rc = self._buf[i] & 1, self._buf[i + 1]
        if rc:
            self._lost()
            self._sta = -1
            raise MQTTException("the broker refused the connection: %s (code %d)" % (
                _REFUSED[rc] if rc < 6 else "unknown reason", rc))
        self._conn += 1
        self._sta = 1
        self._ping = False
        self._tx = self._rx = ticks_ms()
        if clean_session:
            self._rx2 = set()
            self._out = [e for e in self._out if e[2] == 0]
        for e in self._out:
            # unacknowledged messages go again: PUBLISH with DUP, or PUBREL after PUBREC
            self._send_out(e, True)
        return sp

    def _wrap(self, s):
        import ssl
        p = dict(self.ssl_params)
        hn = p.pop("server_hostname", self.server)
        if hasattr(ssl, "SSLContext") and not hasattr(ssl, "wrap_socket") or "context" in p:
            ctx = p.pop("context", None)
            if ctx is None:
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                if hasattr(ctx, "check_hostname"):
                    ctx.check_hostname = False
                ctx.verify_mode = p.pop("cert_reqs", ssl.CERT_NONE)
                if "cadata" in p:
                    ctx.load_verify_locations(cadata=p.pop("cadata"))
                if "cert" in p:
                    ctx.load_cert_chain(p.pop("cert"), p.pop("key", None))
            return ctx.wrap_socket(s, server_hostname=hn)
        try:
            return ssl.wrap_socket(s, server_hostname=hn, **p)
        except TypeError:
            return ssl.wrap_socket(s, **p)

    def _send_out(self, e, dup):
        pid, qos, st, topic, msg, retain, _ = e
        e[6] = self._conn
        if st:
            self._send(struct.pack("!BBH", 0x62, 2, pid))
            return
        op = 0x30 | qos << 1 | (1 if retain else 0) | (8 if dup else 0)
        tl, ml = len(topic), len(msg)
        n = 2 + tl + ml + (2 if qos else 0)
        if n > 268435455:
            raise MQTTException("message too large for MQTT (%d bytes)" % n)
        h = self._hdr(op, n)
        pk = bytearray(len(h) + 2 + tl + (2 if qos else 0))
        pk[:len(h)] = h
        j = len(h)
        struct.pack_into("!H", pk, j, tl)
        pk[j + 2:j + 2 + tl] = topic
        if qos:
            struct.pack_into("!H", pk, j + 2 + tl, pid)
        if ml <= 1024:
            self._send(pk + msg)
        else:
            self._send(pk)
            self._send(msg)

    def _next_pid(self):
        while True:
            self._pid = self._pid % 65535 + 1
            for e in self._out:
                if e[0] == self._pid:
                    break
            else:
                return self._pid

    def _find(self, pid):
        for e in self._out:
            if e[0] == pid:
                return e

    def _handle(self, op, i, n):
        # one incoming packet; returns op (None for PUBLISH, as the classic umqtt does)
        b = self._buf
        t = op & 0xF0
        if t == 0x30:
            qos = op >> 1 & 3
            if qos == 3 or n < 2:
                self._lost()
                raise MQTTException("malformed PUBLISH from broker")
            tl = b[i] << 8 | b[i + 1]
            j = i + 2 + tl
            if j + (2 if qos else 0) > i + n:
                self._lost()
                raise MQTTException("malformed PUBLISH from broker: topic runs past the packet end")
            topic = bytes(self._mv[i + 2:j])
            pid = 0
            if qos:
                pid = b[j] << 8 | b[j + 1]
                j += 2
            msg = bytes(self._mv[j:i + n])
            if qos == 2:
                if pid not in self._rx2:
                    self._rx2.add(pid)
                    if self.cb:
                        self.cb(topic, msg)
                self._send(struct.pack("!BBH", 0x50, 2, pid))
            else:
                if self.cb:
                    self.cb(topic, msg)
                if qos:
                    self._send(struct.pack("!BBH", 0x40, 2, pid))
            return None
        if t == 0xD0 and n == 0:
            self._ping = False
            return op
        if t in (0x40, 0x50, 0x60, 0x70, 0xB0) and n == 2 or t == 0x90 and n >= 3:
            pid = b[i] << 8 | b[i + 1]
            if t == 0x60:
                self._rx2.discard(pid)
                self._send(struct.pack("!BBH", 0x70, 2, pid))
                return op
            if t >= 0x90:
                if t == 0x90 and b[i + 2] == 0x80:
                    self._ack = -pid
                else:
                    self._ack = pid
                return op
            e = self._find(pid)
            if e:
                if t == 0x50:
                    if e[1] == 2:
                        e[2] = 1
                        self._send_out(e, False)
                else:
                    self._out.remove(e)
            elif t == 0x50:
                self._send(struct.pack("!BBH", 0x62, 2, pid))
            return op
        self._lost()
        if t in (0, 0xF0, 0x10, 0x20, 0x80, 0xA0, 0xC0, 0xE0):
            raise MQTTException("unexpected packet type 0x%02x from broker (a broker never sends it)" % op)
        raise MQTTException("malformed %s packet from broker (%d bytes)" % (_NAMES.get(t, "0x%02x" % op), n))

    def _keep(self):
        # keepalive: PINGREQ when quiet, MQTTException when the broker went silent; returns ms to next check
        k = self.keepalive * 1000
        if not k:
            return None
        now = ticks_ms()
        rx = ticks_diff(now, self._rx)
        if rx >= k + k // 4:
            self._lost()
            raise MQTTException("broker did not answer for %d s (keepalive %d s): connection is dead" % (rx // 1000, self.keepalive))
        if not self._ping and (rx >= k // 2 or ticks_diff(now, self._tx) >= k * 3 // 4):
            self._send(b"\xc0\x00")
            self._ping = True
        return max(1, min(k // 4, k + k // 4 - rx))

    def _wait(self, block):
        # process incoming packets; block=True waits for one (waking for keepalive), else only what is there
        while True:
            if self.sock is None:
                raise MQTTException("not connected: call connect() first")
            ms = self._keep()
            p = self._packet(ms if block else 0)
            if p:
                return self._handle(*p)
            if not block:
                return None

    def _await(self, done, what):
        deadline = ticks_ms() + self.timeout * 1000
        while not done():
            ms = ticks_diff(deadline, ticks_ms())
            if ms <= 0:
                self._lost()
                raise MQTTException("no %s from the broker within %d s" % (what, self.timeout))
            self._keep()
            p = self._packet(min(ms, self.keepalive * 250) if self.keepalive else ms)
            if p:
                self._handle(*p)

    def _pub(self, e):
        if e[6] != self._conn:
            self._send_out(e, False)
        if e[1]:
            self._await(lambda: e not in self._out, "PUBACK" if e[1] == 1 else "PUBCOMP")

    def _sub(self, topic, qos):
        pid = self._next_pid()
        self._ack = None
        pk = bytearray(struct.pack("!H", pid))
        self._str(pk, topic)
        pk.append(qos)
        self._send(self._hdr(0x82, len(pk)) + pk)
        self._await(lambda: self._ack in (pid, -pid), "SUBACK")
        if self._ack == -pid:
            raise MQTTException("the broker refused the subscription to %r" % topic)

    def _unsub(self, topic):
        pid = self._next_pid()
        self._ack = None
        pk = bytearray(struct.pack("!H", pid))
        self._str(pk, topic)
        self._send(self._hdr(0xA2, len(pk)) + pk)
        self._await(lambda: self._ack == pid, "UNSUBACK")

    # ---- connectivity layer: with reconn=True every operation survives a lost connection ---------
    def _do(self, f, *a):
        if not self.reconn:
            return f(*a)
        delay = self.backoff_ms
        while True:
            try:
                if self.sock is None:
                    self._reconnect()
                return f(*a)
            except MQTTException:
                if not self.reconn or self.sock is not None:
                    raise
                self._lost()
                self._sta = -1
                sleep_ms(delay)
                delay = min(delay * 2, self.backoff_max_ms)

    def _reconnect(self):
        sp = self.connect(self._clean)
        if not sp:
            for t, q in self._subs.items():
                self._sub(t, q)

    # ---- public API ------------------------------------------------------------------------
    def disconnect(self):
        self._run = False
        was = self._sta
        if self.sock:
            try:
                self._send(b"\xe0\x00")
            except OSError:
                pass
        self._lost()
        self._sta = 2 if was == 1 else was

    def close(self):
        self.reconn = False
        self.disconnect()

    def ping(self):
        self._do(self._send, b"\xc0\x00")

    def publish(self, topic, msg, retain=False, qos=0, wait=True):
        topic, msg = _b(topic), _b(msg)
        _check_topic(topic, False)
        if not 0 <= qos <= 2:
            raise MQTTException("qos must be 0, 1 or 2")
        if not qos:
            e = [0, 0, 0, topic, msg, retain, -1]
            return self._do(self._send_out, e, False)
        if self.sock is None and not self.reconn:
            raise MQTTException("not connected: call connect() first")
        e = [self._next_pid(), qos, 0, topic, msg, retain, -1]
        self._out.append(e)
        if wait:
            self._do(self._pub, e)
        elif e[6] != self._conn:
            self._do(self._send_out, e, False)
        return e[0]

    def subscribe(self, topic, qos=0):
        topic = _b(topic)
        _check_topic(topic, True)
        if not 0 <= qos <= 2:
            raise MQTTException("qos must be 0, 1 or 2")
        self._do(self._sub, topic, qos)
        self._subs[topic] = qos

    def unsubscribe(self, topic):
        topic = _b(topic)
        _check_topic(topic, True)
        self._do(self._unsub, topic)
        self._subs.pop(topic, None)

    def wait_msg(self):
        return self._do(self._wait, True)

    def check_msg(self):
        return self._do(self._wait, False)

    def loop_forever(self):
        # receive loop until disconnect()/close() is called (from the callback, for example)
        self._run = True
        while self._run:
            self.wait_msg()

    async def run(self, period_ms=20):
        # asyncio-friendly receive loop: non-blocking check_msg, then yield to other tasks
        try:
            import uasyncio as asyncio
        except ImportError:
            import asyncio
        self._run = True
        while self._run:
            self.check_msg()
            await asyncio.sleep(period_ms / 1000)
