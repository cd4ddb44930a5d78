# umqttsimple.py: the tsmp MQTT client for MicroPython (MQTT 3.1.1, or 3.1 with version=3).
# Keeps the Eduponics tutorial's MQTTClient API; adds QuecPython-style extras (reconn, version,
# get_mqttsta, loop_forever, close) and a non-blocking path for asyncio (check_msg, publish wait=False,
# run). A protocol core that assumes a good connection and raises MQTTException on any failure;
# with reconn=True each public method loops: ensure connected -> operation -> on error reconnect
# with backoff. Runs on MicroPython and on CPython 3 (for quick checks).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import ustruct as struct
except ImportError:
    import struct
try:
    from time import ticks_ms, ticks_diff, sleep_ms
except ImportError:  # CPython
    import time
    ticks_ms = lambda: int(time.monotonic() * 1000)
    ticks_diff = lambda a, b: a - b
    sleep_ms = lambda ms: time.sleep(ms / 1000)


class MQTTException(OSError):
    pass


def _b(x):
    return x.encode() if isinstance(x, str) else bytes(x)


def _qos(q):
    if q not in (0, 1, 2):
        raise MQTTException("qos must be 0, 1 or 2, not %r" % (q,))


def _topic(t, filt=0):
    # MQTT 3.1.1 section 4.7: 1..65535 bytes, no NUL; wildcards only in filters, a whole level each, '#' last
    t = _b(t)
    e = 0
    if not 0 < len(t) < 65536 or b"\0" in t:
        e = "must be 1..65535 bytes long, with no NUL"
    elif not filt:
        if b"+" in t or b"#" in t:
            e = "has a wildcard (+ or #): only subscribe takes them"
    else:
        lv = t.split(b"/")
        for i, p in enumerate(lv):
            if len(p) > 1 and (b"+" in p or b"#" in p) or p == b"#" and i < len(lv) - 1:
                e = "is not a valid filter: + and # fill a whole level and # comes last (a/+/c, a/#)"
    if e:
        raise MQTTException("topic %r %s" % (t, e))
    return t


def _str(p, s):
    p.extend(struct.pack("!H", len(s)))
    p.extend(s)


def _hdr(op, n):
    # fixed header: packet type byte + remaining length (1..4 bytes)
    h = bytearray((op,))
    while True:
        h.append(n & 127 | (n > 127) << 7)
        n >>= 7
        if not n:
            return h


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0,
                 ssl=False, ssl_params={}, reconn=False, version=4, pingmaxnum=0,
                 max_packet=4096, timeout=10, backoff_ms=250, backoff_max_ms=8000):
        if version not in (3, 4) or not 0 <= keepalive < 65536:
            raise MQTTException("version must be 4 (MQTT 3.1.1) or 3 (MQTT 3.1); keepalive 0..65535 s")
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
        self.cb = self.sock = self.lw_topic = self._ack = None
        self._buf = bytearray(max_packet + 5)  # preallocated: one whole incoming packet fits
        self._mv = memoryview(self._buf)
        self._r = self._w = self._pid = self._conn = self._sta = self._ping = self._run = self._tx = self._rx = 0
        self._tmo = -1  # the socket's timeout now (ms; None = blocking)
        self._out = []  # unacknowledged outgoing [pid, qos, state (1 = got PUBREC), topic, msg, retain, connection]
        self._rx2 = set()  # incoming QoS 2 ids delivered and waiting for PUBREL (exactly once)
        self._subs = {}  # filter -> qos, restored after a reconnect without session
        self._clean = True
        self._lt = self._ltp = None  # last topic published, and its checked QoS 0 packet head

    def set_callback(self, f):
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        _qos(qos)
        self.lw_topic = _topic(topic)
        self.lw = (_b(msg), qos, retain)

    def get_mqttsta(self):
        # 0 connecting, 1 connected, 2 disconnected (by the broker or disconnect()), -1 connection error
        return self._sta

    def pending(self):
        return len(self._out)

    # ---- wire ---------------------------------------------------------------------------------
    def _lost(self, sta=-1):
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
        self.sock = None
        self._r = self._w = 0
        self._tmo = -1
        self._sta = sta

    def _err(self, msg, sta=-1):
        self._lost(sta)
        raise MQTTException(msg)

    def _settmo(self, ms):
        if ms != self._tmo:
            self._raw.settimeout(None if ms is None else ms / 1000)
            self._tmo = ms

    def _send(self, d):
        if not self.sock:
            raise MQTTException("not connected: call connect() first")
        if self._tmo != self.timeout * 1000:
            self._settmo(self.timeout * 1000)
        try:
            self._wr(d)
        except OSError as e:
            self._wfail(e)
        self._tx = ticks_ms()

    def _wfail(self, e):
        self._err("connection to the broker lost while sending (%s)" % (e,))

    def _fill(self, ms):
        # read what has arrived (waiting up to ms, None = forever) into the buffer; 0 on timeout
        r, w = self._r, self._w
        if r == w:
            self._r = self._w = 0
        elif w == len(self._buf):
            self._buf[:w - r] = bytes(self._mv[r:w])
            self._r, self._w = 0, w - r
        try:
            if self._rd:
                # a stream with only readinto (MicroPython's TLS socket): a blocking readinto waits for
                # the whole buffer, so wait with poll, then read what is there without blocking
                if ms != 0 and not self._rd[1].poll(-1 if ms is None else ms):
                    return 0
                self._settmo(0)
                n = self._rd[0](self._mv[self._w:])
            else:
                # recv returns what has arrived (readinto would wait for the whole buffer)
                self._settmo(ms)
                d = self.sock.recv(len(self._buf) - self._w)
                n = len(d)
                self._buf[self._w:self._w + n] = d
        except OSError as e:
            if (e.args[0] if e.args else 0) in (2, 11, 110, 116, "timed out"):
                return 0
            self._err("connection to the broker lost (%s)" % (e,))
        if n is None:
            return 0
        if not n:
            self._err("the broker closed the connection", 2)
        self._w += n
        self._rx = ticks_ms()
        return n

    def _packet(self, ms):
        # next whole packet as (first byte, body start, body length), None if none began within ms;
        # once a packet began it must be complete within timeout seconds
        t0 = None
        while True:
            r, w, b = self._r, self._w, self._buf
            if w > r:
                if t0 is None:
                    t0 = ticks_ms()
                i, n, sh = r + 1, 0, 0
                while i < w:
                    c = b[i]
                    n |= (c & 127) << sh
                    i += 1
                    sh += 7
                    if c < 128:
                        break
                    if sh > 27:
                        self._err("bad packet from the broker: remaining length longer than 4 bytes")
                else:
                    n = -1
                if n > len(b) - 5:
                    self._err("packet from the broker is %d bytes, over max_packet=%d" % (n, len(b) - 5))
                if n >= 0 and i + n <= w:
                    self._r = i + n
                    return b[r], i, n
                ms = self.timeout * 1000 - ticks_diff(ticks_ms(), t0)
                if ms <= 0:
                    self._err("the broker stopped in the middle of a packet (%d bytes in %d s)" % (w - r, self.timeout))
            if not self._fill(ms if ms is None or ms > 0 else 0) and t0 is None:
                return None

    # ---- protocol core ---------------------------------------------------------------------------
    def connect(self, clean_session=True, timeout=None):
        self._lost(0)
        self._clean = clean_session
        r = s = socket.socket()
        try:
            s.settimeout(timeout or self.timeout)
            s.connect(socket.getaddrinfo(self.server, self.port)[0][-1])
            if self.ssl:
                try:
                    s = self._wrap(s)
                except ValueError as e:  # MicroPython's ssl reports a certificate it cannot verify so
                    raise OSError("TLS certificate check failed: %s" % str(e).strip())
        except OSError as e:
            r.close()
            self._err("cannot reach the broker at %s:%d (%s)" % (self.server, self.port, e))
        self._raw = s if hasattr(s, "settimeout") else r  # MicroPython's SSLSocket has no settimeout
        self._wr = getattr(s, "sendall", None) or s.write
        self._rd = None
        if not hasattr(s, "recv"):
            import select
            self._rd = (s.readinto, select.poll())
            self._rd[1].register(s, select.POLLIN)
        self.sock = s
        p = bytearray(b"\0\4MQTT\4" if self.version == 4 else b"\0\6MQIsdp\3")
        k = len(p)
        p.append(2 if clean_session else 0)
        p.extend(struct.pack("!H", self.keepalive))
        _str(p, self.client_id)
        if self.lw_topic:
            m, q, r = self.lw
            p[k] |= 4 | q << 3 | (32 if r else 0)
            _str(p, self.lw_topic)
            _str(p, m)
        if self.user:  # None, "" (and TypeScript's null) mean no user name
            p[k] |= 128
            _str(p, _b(self.user))
            if self.pswd:
                p[k] |= 64
                _str(p, _b(self.pswd))
        self._send(_hdr(0x10, len(p)) + p)
        x = self._packet(self.timeout * 1000) or (0, 0, 0)
        if x[0] != 0x20 or x[2] != 2:
            self._err("no CONNACK from the broker within %d s (got packet type 0x%02x)" % (self.timeout, x[0]))
        sp, rc = self._buf[x[1]] & 1, self._buf[x[1] + 1]
        if rc:
            self._err("the broker refused the connection: %s (CONNACK code %d)" % ((
                "", "protocol version not supported (try version=3)", "client id rejected",
                "server unavailable", "bad user name or password", "not authorized", "unknown reason")[min(rc, 6)], rc))
        self._conn += 1
        self._sta = 1
        self._ping = 0
        self._tx = self._rx = ticks_ms()
        if clean_session:
            self._rx2 = set()
            self._out = [e for e in self._out if not e[2]]
        for e in self._out:
            self._send_out(e, 1)  # not acknowledged before: PUBLISH again with DUP, or PUBREL after PUBREC
        return sp

    def _wrap(self, s):
        import ssl
        p = dict(self.ssl_params)
        p.setdefault("server_hostname", self.server)
        c = p.pop("context", None)
        return c.wrap_socket(s, server_hostname=p["server_hostname"]) if c else ssl.wrap_socket(s, **p)

    def _ack_send(self, op, pid):
        self._send(struct.pack("!BBH", op, 2, pid))

    def _send_out(self, e, dup=0):
        pid, q, st, topic, msg, retain = e[:6]
        e[6] = self._conn
        if st:
            return self._ack_send(0x62, pid)
        p = _hdr(0x30 | q << 1 | (1 if retain else 0) | dup << 3, 2 + len(topic) + len(msg) + (2 if q else 0))
        _str(p, topic)
        if q:
            p.extend(struct.pack("!H", pid))
        if len(msg) > 1024:
            self._send(p)
            self._send(msg)
        else:
            p.extend(msg)
            self._send(p)

    def _next_pid(self):
        while True:
            self._pid = p = self._pid % 65535 + 1
            for e in self._out:
                if e[0] == p:
                    break
            else:
                return p

    def _handle(self, op, i, n):
        # one incoming packet; returns its type byte (None for PUBLISH, as the classic umqtt does)
        b = self._buf
        t = op & 0xF0
        if t == 0x30:
            q = op >> 1 & 3
            j = i + 2 + (b[i] << 8 | b[i + 1]) if n > 1 else i + n + 1
            if q > 2 or j + (2 if q else 0) > i + n:
                self._err("bad PUBLISH from the broker (qos %d, %d bytes)" % (q, n))
            topic = bytes(self._mv[i + 2:j])
            if q:
                pid = b[j] << 8 | b[j + 1]
                j += 2
            msg = bytes(self._mv[j:i + n])
            if q < 2 or pid not in self._rx2:
                if q == 2:
                    if len(self._rx2) > 1023:  # bounded memory even if a broker never sends PUBREL
                        self._err("the broker left 1024 QoS 2 messages without PUBREL")
                    self._rx2.add(pid)
                if self.cb:
                    self.cb(topic, msg)
            if q and self.sock:  # (the callback may have called disconnect())
                self._ack_send(0x30 + 16 * q, pid)  # PUBACK or PUBREC
            return None
        if t == 0xD0 and not n:
            self._ping = 0
            return op
        if n == 2 and t in (0x40, 0x50, 0x60, 0x70, 0xB0) or t == 0x90 and n > 2:
            pid = b[i] << 8 | b[i + 1]
            if t == 0x60:
                self._rx2.discard(pid)
                self._ack_send(0x70, pid)
            elif t > 0x80:
                self._ack = -pid if t == 0x90 and b[i + 2] == 0x80 else pid
            else:
                for e in self._out:
                    if e[0] == pid:
                        if t != 0x50:
                            self._out.remove(e)
                        elif e[1] == 2:
                            e[2] = 1
                            self._send_out(e)
                        break
                else:
                    if t == 0x50:
                        self._ack_send(0x62, pid)
            return op
        self._err("bad or unexpected packet from the broker (type 0x%02x, %d bytes)" % (op, n))

    def _keep(self):
        # keepalive by time of the last received byte: PINGREQ when quiet, dead after 1.25 x keepalive;
        # returns how long a read may wait (ms), None without keepalive
        k = self.keepalive * 1000
        if not k:
            return None
        rx = ticks_diff(ticks_ms(), self._rx)
        if rx >= k + k // 4:
            self._err("the broker did not answer for %d s (keepalive %d s): connection is dead" % (rx // 1000, self.keepalive))
        if not self._ping and (rx >= k // 2 or ticks_diff(ticks_ms(), self._tx) >= k * 3 // 4):
            self._send(b"\xc0\0")
            self._ping = 1
        return max(1, min(k // 4, k + k // 4 - rx))

    def _wait(self, block):
        while True:
            if not self.sock:
                raise MQTTException("not connected: call connect() first")
            p = self._packet(self._keep() if block else 0)
            if p:
                r = self._handle(*p)
                if r is None and block or not block and self._w == self._r:
                    return r  # wait_msg returns after a PUBLISH; check_msg once the buffer is drained
            elif not block:
                self._keep()
                return None

    def _await(self, done, what):
        t0 = ticks_ms()
        while not done():
            ms = self.timeout * 1000 - ticks_diff(ticks_ms(), t0)
            if ms <= 0:
                self._err("no %s from the broker within %d s" % (what, self.timeout))
            k = self._keep()
            p = self._packet(min(ms, k) if k else ms)
            if p:
                self._handle(*p)

    def _pub(self, e, wait):
        if e[6] != self._conn:
            self._send_out(e)
        if e[1] and wait:
            self._await(lambda: e not in self._out, "PUBACK" if e[1] == 1 else "PUBCOMP")

    def _sub(self, topic, qos):
        # SUBSCRIBE (qos 0..2) or UNSUBSCRIBE (qos None), then wait for the broker's answer
        pid = self._next_pid()
        p = bytearray(struct.pack("!H", pid))
        _str(p, topic)
        if qos is not None:
            p.append(qos)
        self._ack = None
        self._send(_hdr(0x82 if qos is not None else 0xA2, len(p)) + p)
        self._await(lambda: self._ack in (pid, -pid), "SUBACK" if qos is not None else "UNSUBACK")
        if self._ack < 0:
            raise MQTTException("the broker refused the subscription to %r" % topic)

    # ---- connectivity layer (reconn=True) ----------------------------------------------------------
    def _do(self, f, *a):
        d = self.backoff_ms
        while True:
            try:
                if not self.sock and self.reconn:
                    if not self.connect(self._clean):
                        for t in self._subs:
                            self._sub(t, self._subs[t])
                return f(*a)
            except MQTTException:
                if not self.reconn or self.sock:
                    raise
                sleep_ms(d)
                d = min(d * 2, self.backoff_max_ms)

    # ---- public API --------------------------------------------------------------------------------
    def disconnect(self):
        self._run = 0
        try:
            if self.sock:
                self._send(b"\xe0\0")
        except OSError:
            pass
        self._lost(2)

    def close(self):
        self.reconn = False
        self.disconnect()

    def ping(self):
        self._do(self._send, b"\xc0\0")

    def publish(self, topic, msg, retain=False, qos=0, wait=True):
        if topic is not self._lt:  # check and encode a topic once, not for every message
            t = _topic(topic)
            self._ltp = bytearray(2) + struct.pack("!H", len(t)) + t  # QoS 0 packet head for it
            self._lth = None
            self._lt = topic
        if type(msg) is not bytes:
            msg = _b(msg)
        p = self._ltp
        n = len(p) + len(msg) - 2
        if not qos and n < 128 and self.sock and self._tmo == self.timeout * 1000:
            # fast path: a small QoS 0 PUBLISH in one write
            op = 0x31 if retain else 0x30
            if p[1] != n or p[0] != op:
                p[0] = op
                p[1] = n
                self._lth = bytes(p)  # the head as bytes: head + msg is then bytes, written without a copy
            try:
                self._wr(self._lth + msg)
                self._tx = ticks_ms()
                return 0
            except OSError as e:
                if not self.reconn:
                    self._wfail(e)
                self._lost()
        _qos(qos)
        e = [0, qos, 0, bytes(p[4:]), msg, retain, -1]
        if qos:
            if not (self.sock or self.reconn):
                raise MQTTException("not connected: call connect() first")
            e[0] = self._next_pid()
            self._out.append(e)
        self._do(self._pub, e, wait)
        return e[0]

    def subscribe(self, topic, qos=0):
        _qos(qos)
        t = _topic(topic, 1)
        self._do(self._sub, t, qos)
        self._subs[t] = qos

    def unsubscribe(self, topic):
        t = _topic(topic, 1)
        self._do(self._sub, t, None)
        self._subs.pop(t, None)

    def wait_msg(self):
        return self._do(self._wait, 1)

    def check_msg(self):
        return self._do(self._wait, 0)

    def loop_forever(self):
        # receive loop until disconnect() or close() (for example from the callback)
        self._run = 1
        while self._run:
            self.wait_msg()

    async def run(self, period_ms=20):
        # asyncio task: check_msg without blocking, then yield to the other tasks
        import asyncio
        self._run = 1
        while self._run:
            self.check_msg()
            await asyncio.sleep(period_ms / 1000)
