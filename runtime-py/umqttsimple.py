# umqttsimple.py: the tsmp MQTT client for MicroPython (MQTT 3.1.1, or 3.1 with version=3).
# Keeps the Eduponics tutorial's MQTTClient API; adds QuecPython-style extras (reconn, version,
# get_mqttsta, loop_forever, close) and a non-blocking path for asyncio (check_msg, publish wait=False,
# run). A protocol core that assumes a good connection and raises MQTTException on any failure;
# with reconn=True each public method loops: ensure connected -> operation -> on error reconnect
# with backoff. Runs on MicroPython and on CPython 3 (for quick checks).
# Kept small on purpose: importing a module on MicroPython keeps all its bytecode and every new
# name on the heap, so near-duplicate paths are merged, private state is one list (self._) and
# locals reuse short names MicroPython already has (docs/mqtt.md: where the bytes go).
import socket
import time
try:
    from time import ticks_ms, ticks_diff
except ImportError:  # CPython
    ticks_ms = lambda: int(time.time() * 1000)
    ticks_diff = int.__sub__


class MQTTException(OSError):
    pass


# Every error message, one per line of one string: each str constant longer than 10 characters
# would be a heap object of its own (a 16-byte header, its text rounded up to 16 bytes), so the
# code raises _exc(line number, values) instead. Lines are numbered from 0.
_MSG = """qos must be 0, 1 or 2, not %r
topic %r must be 1..65535 bytes of UTF-8 without NUL
topic %r has + or #: wildcards are for subscribe only
topic %r is not a valid filter (like a/+/c or a/#)
version must be 4 or 3 (MQTT 3.1); keepalive 0..65535 s
not connected: call connect() first
connection lost (%s)
packet of %d bytes is over max_packet=%d
broker stopped in the middle of a packet for %d s
broker closed the connection
TLS certificate check failed: %s
cannot reach the broker at %s:%d (%s)
broker refused the connection: %s (code %d)
protocol version not supported (try version=3)
client id rejected
server unavailable
bad user name or password
not authorized
unknown reason
broker sent 1024 QoS 2 messages without PUBREL
unexpected packet (type 0x%02x, %d bytes)
broker did not answer for %d s (keepalive %d s)
broker sent no %s within %d s
broker refused the subscription to %r
CONNACK PUBACK PUBCOMP SUBACK UNSUBACK MQIsdp MQTT"""


def _exc(n, *a):
    # MQTTException with message line n of _MSG, formatted with a
    return MQTTException(_MSG.split("\n")[n] % a)


def _b(x):
    return x.encode() if isinstance(x, str) else bytes(x)


def _s(s):
    # an int as 2 bytes (big-endian), or an MQTT string: 2-byte length, then the bytes
    if type(s) is int:
        return bytes((s >> 8, s & 255))
    return _s(len(s)) + s


def _topic(t, f, qos):
    # MQTT 3.1.1 section 4.7: 1..65535 bytes of UTF-8, no NUL; wildcards only in filters (f): + is a
    # whole level, # the whole last level. Also checks the qos. Checked as str: str constants are
    # interned names, while every bytes constant is an object kept on the heap.
    if qos not in range(3):
        raise _exc(0, qos)
    b = _b(t)
    try:
        t = b.decode()
    except ValueError:
        t = "\0"
    if not 0 < len(b) < 65536 or "\0" in t:
        raise _exc(1, b)
    t = t.split("/")
    n = len(t)
    h = chr(35)  # "#" (as a constant it would be one more interned name)
    for x in t:
        n -= 1
        if "+" in x or h in x:
            if not f:
                raise _exc(2, b)
            if len(x) > 1 or x == h and n:
                raise _exc(3, b)
    return b


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0,
                 ssl=False, ssl_params=None, reconn=False, version=4, pingmaxnum=0,
                 max_packet=4096, timeout=10, backoff_ms=250, backoff_max_ms=8000):
        if version != 4 and version != 3 or not 0 <= keepalive < 65536:
            raise _exc(4)
        self.client_id = _b(client_id)
        self.server = server
        self.port = port or (8883 if ssl else 1883)
        self.keepalive = keepalive
        self.reconn = reconn
        self.timeout = timeout
        self.sock = None
        # All other state is in one list, self._ (each attribute name would be one more interned
        # name on the heap; a[i] through a local is also less bytecode than self.name):
        #  0 callback           1 last will (topic, msg, qos, retain)
        #  2 topic of the last publish, 3 its QoS 0 PUBLISH head, 4 the payload length in that head
        #    (-1: none), 5 the socket's write while it is set up for sending, else None (fast path)
        #  6, 7 start and end of the data received in 12, the receive buffer (one whole packet fits)
        #  8 the socket's timeout now (ms; None = blocking; -1 unknown)
        #  9 get_mqttsta()     10 [packet id, session present, state] of the CONNACK/SUBACK awaited
        # 11 (readinto, poll) for a stream without recv, else None
        # 13 last packet id    14 connections made  15 PINGREQ sent, no PINGRESP yet
        # 16 loop_forever/run running                17, 18 ticks of the last send and receive
        # 19 unacknowledged outgoing [pid, qos, state, topic, msg, retain, connection]
        # 20 incoming QoS 2 ids delivered and waiting for PUBREL (exactly once)
        # 21 subscriptions {filter: qos}, restored after a reconnect without session
        # 22 clean_session of the last connect()   23 the socket to set timeouts on  24 its write
        # 25.. user, password, ssl, ssl_params, version, backoff_ms, backoff_max_ms
        self._ = [None, None, None, None, -1, None, 0, 0, -1, 0, None, None, bytearray(max_packet + 5),
                  0, 0, 0, 0, 0, 0, [], set(), {}, True, None, None,
                  user, password, ssl, ssl_params, version, backoff_ms, backoff_max_ms]

    def set_callback(self, f):
        self._[0] = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        self._[1] = (_topic(topic, 0, qos), _b(msg), qos, retain)

    def get_mqttsta(self):
        # 0 connecting, 1 connected, 2 disconnected (by the broker or disconnect()), -1 connection error
        return self._[9]

    def pending(self):
        return len(self._[19])

    # ---- wire ---------------------------------------------------------------------------------
    def _err(self, s, *e):
        # close the connection (get_mqttsta() is then s); with e = (line, values), raise _exc(*e)
        a = self._
        if self.sock:
            try:
                self.sock.close()
            except OSError:
                pass
        self.sock = None
        a[5:10] = [None, 0, 0, -1, s]
        if e:
            raise _exc(*e)

    def _pkt(self, c, p=bytes(), m=bytes()):
        # send one packet: type byte c, remaining length (1..4 bytes), p, then m (a long m is written
        # on its own, not copied)
        n = len(p) + len(m)
        h = bytearray((c,))
        while n > 127:
            h.append(n & 127 | 128)
            n >>= 7
        h.append(n)
        h += p
        a = self._
        t = self.timeout * 1000
        if not self.sock:
            raise _exc(5)
        if t != a[8]:  # set the socket up for sending; publish's QoS 0 fast path then uses its write
            a[23].settimeout(t / 1000)
            a[8] = t
            a[5] = a[24]
        try:
            if len(m) > 1024:
                a[24](h)
                h = m
            else:
                h += m
            a[24](h)
        except OSError as e:
            self._err(-1, 6, e)
        a[17] = ticks_ms()

    # ---- protocol core ---------------------------------------------------------------------------
    def connect(self, clean_session=True, timeout=None):
        a = self._
        self._err(0)
        a[22] = clean_session
        r = s = socket.socket()
        try:
            s.settimeout(timeout or self.timeout)
            s.connect(socket.getaddrinfo(self.server, self.port)[0][-1])
            if a[27]:
                import ssl
                p = dict(server_hostname=self.server)
                p.update(a[28] or {})
                try:
                    s = p.pop("context", ssl).wrap_socket(s, **p)  # an SSLContext, or ssl.wrap_socket
                except ValueError as e:  # MicroPython's ssl reports a certificate it cannot verify so
                    raise _exc(10, str(e).strip())
        except OSError as e:
            r.close()
            self._err(-1, 11, self.server, self.port, e)
        a[23] = s if hasattr(s, "settimeout") else r  # MicroPython's SSLSocket has no settimeout
        a[24] = getattr(s, "sendall", None) or s.write
        a[11] = None
        if not hasattr(s, "recv"):
            import select
            p = select.poll()
            p.register(s, select.POLLIN)
            a[11] = (s.readinto, p)
        self.sock = s
        f = 2 if clean_session else 0  # CONNECT flags
        p = _s(self.client_id)
        if a[1]:
            topic, msg, qos, retain = a[1]
            f |= 4 | qos << 3 | (32 if retain else 0)
            p += _s(topic) + _s(msg)
        if a[25]:  # None, "" (and TypeScript's null) mean no user name
            f |= 128
            p += _s(_b(a[25]))
            if a[26]:
                f |= 64
                p += _s(_b(a[26]))
        a[15] = 0
        a[17] = a[18] = ticks_ms()
        x = a[10] = [0, 0, 0]  # CONNACK: [0, session present, 2]
        v = a[29]  # the protocol name is the last (4) or second to last (3) word of _MSG
        self._pkt(0x10, _s(_MSG.split()[v - 5].encode()) + bytes((v, f)) + _s(self.keepalive) + p)
        self._wait(0, x, 0)  # CONNACK
        a[14] += 1
        a[9] = 1
        if clean_session:
            a[20].clear()
            for e in a[19][:]:
                if e[2]:  # PUBREC came: the broker has it
                    e[2] = 2
                    a[19].remove(e)
        for e in a[19]:
            self._pub(e, 0)  # not acknowledged before: PUBLISH again with DUP, or PUBREL after PUBREC
        return x[1]

    def _wait(self, f, e, l):
        # wait_msg (f = 1), check_msg (f = 0), or with e: until the broker answered e (self._[10], or
        # an outgoing message) with state 2, or 3 = refused; l names the answer awaited: 0 CONNACK,
        # 1 PUBACK, 2 PUBCOMP, 3 SUBACK, 4 UNSUBACK (words of _MSG's last line).
        # Keepalive by the time of the last received byte, before each read (check_msg: once nothing
        # more came): PINGREQ when quiet, dead after 1.25 x keepalive.
        a = self._
        m = ticks_ms()
        y = f or e
        b = a[12]
        v = memoryview(b)
        while not e or e[2] < 2:
            t = 0  # how long the read may wait (ms; None: no limit)
            if y:
                t = None
                j = self.keepalive * 1000
                if j:
                    x = ticks_diff(ticks_ms(), a[18])
                    if x >= j + j // 4:
                        self._err(-1, 21, x // 1000, self.keepalive)
                    if not a[15] and (x >= j // 2 or ticks_diff(ticks_ms(), a[17]) >= j * 3 // 4):
                        self._pkt(0xC0)
                        a[15] = 1
                    t = max(1, min(j // 4, j + j // 4 - x))
                if not (f or e):
                    return None  # check_msg: nothing more came
                if e:
                    x = self.timeout * 1000 - ticks_diff(ticks_ms(), m)
                    if x <= 0:
                        self._err(-1, 22, _MSG.split()[l - 7], self.timeout)
                    t = min(t, x) if t else x
            # Read until the buffer holds a whole packet, or none began within t ms. Once a packet
            # began it must be complete within timeout seconds. Reads what has arrived into the one
            # buffer: nothing is allocated per byte.
            s = None  # when the packet began
            while True:
                r, w = a[6], a[7]
                if w > r:
                    if s is None:
                        s = ticks_ms()
                    x, n, h = r + 1, 0, 0
                    while x < w:
                        c = b[x]
                        n |= (c & 127) << h
                        x += 1
                        h += 7
                        if c < 128:
                            break
                        if h > 27:  # a 5th length byte: over 256 MB, so over max_packet below
                            n = 1 << 28
                            break
                    else:
                        n = -1
                    if n > len(b) - 5:
                        self._err(-1, 7, n, len(b) - 5)
                    if n >= 0 and x + n <= w:
                        a[6] = x + n
                        break
                    t = self.timeout * 1000 - ticks_diff(ticks_ms(), s)
                    if t <= 0:
                        self._err(-1, 8, self.timeout)
                    if w == len(b):  # full: move the packet begun to the front
                        b[:w - r] = bytes(v[r:w])
                        a[6], a[7] = 0, w - r
                else:
                    a[6] = a[7] = 0
                w = a[7]
                o = a[11]
                u = self.sock
                if not u:
                    raise _exc(5)
                c = 0 if o else t  # the socket's timeout for this read (ms; None: never)
                if c != a[8]:
                    a[23].settimeout(None if c is None else c / 1000)
                    a[8] = c
                    a[5] = a[24] if c == self.timeout * 1000 else None
                n = None
                try:
                    if o:
                        # a stream with only readinto (MicroPython's TLS socket): a blocking readinto
                        # waits for the whole buffer, so wait with poll, then read what is there
                        if t == 0 or o[1].poll(-1 if t is None else t):
                            n = o[0](v[w:])
                    else:
                        # recv returns what has arrived (readinto would wait for the whole buffer)
                        d = u.recv(len(b) - w)
                        n = len(d)
                        b[w:w + n] = d
                except OSError as d:
                    # a timeout: MicroPython's EAGAIN/ETIMEDOUT (11, 110 or lwIP's 116), CPython's
                    # socket.timeout (no errno) or SSLWantReadError (2)
                    if d.errno not in [None, 2, 11, 110, 116]:
                        self._err(-1, 6, d)
                if n == 0:
                    self._err(2, 9)
                if n:
                    a[7] = w + n
                    a[18] = ticks_ms()
                elif s is None:
                    break
            if s is None:  # nothing came within t
                y = 1
                continue
            # Handle it: first byte c, body at x, n bytes. r is then c (None for a PUBLISH, as the
            # classic umqtt returns).
            c = r = b[r]
            t = c & 0xF0
            if t == 0x20 and n == 2 and a[9] == 0:  # CONNACK, while connecting
                h = b[x + 1]
                if h:
                    # the reason is line 13..18
                    self._err(-1, 12, _MSG.split("\n")[12 + min(h, 6)], h)
                a[10][1] = b[x] & 1
                a[10][2] = 2
            else:
                if a[9] != 1:
                    t = 0  # anything else before the CONNACK is an error
                qos = c >> 1 & 3
                p = b[x] << 8 | b[x + 1] if n > 1 else 1 << 16  # a topic length or packet id
                j = x + 2 + p
                if t == 0x30 and qos < 3 and j + (qos and 2) <= x + n:
                    r = None
                    topic = bytes(v[x + 2:j])
                    if qos:
                        p = b[j] << 8 | b[j + 1]
                        j += 2
                    msg = bytes(v[j:x + n])
                    if qos < 2 or p not in a[20]:
                        if qos == 2:
                            if len(a[20]) > 1023:  # bounded memory even if a broker never sends PUBREL
                                self._err(-1, 19)
                            a[20].add(p)
                        if a[0]:
                            a[0](topic, msg)
                    if qos and self.sock:  # (the callback may have called disconnect())
                        self._pkt(0x30 + 16 * qos, _s(p))  # PUBACK or PUBREC
                elif t == 0xD0 and not n:
                    a[15] = 0
                elif n == 2 and (0x40 <= t <= 0x70 or t == 0xB0) or t == 0x90 and n > 2:
                    if t == 0x60:  # PUBREL
                        a[20].discard(p)
                        self._pkt(0x70, _s(p))
                    elif t > 0x80:  # SUBACK, UNSUBACK
                        o = a[10]
                        if o[0] == p:
                            o[2] = 3 if t == 0x90 and b[x + 2] == 0x80 else 2
                    else:  # PUBACK, PUBREC, PUBCOMP
                        for o in a[19]:
                            if o[0] == p:
                                if t != 0x50:
                                    o[2] = 2
                                    a[19].remove(o)
                                elif o[1] == 2:
                                    o[2] = 1
                                    o[6] = -1
                                    self._pub(o, 0)  # PUBREL
                                break
                        else:
                            if t == 0x50:
                                self._pkt(0x62, _s(p))
                else:
                    self._err(-1, 20, c, n)
            if not e and (r is None and f or not f and a[7] == a[6]):
                return r  # wait_msg returns after a PUBLISH; check_msg once the buffer is drained

    def _pub(self, e, w):
        # send the outgoing message e = [pid, qos, state, topic, msg, retain, connection] unless it
        # went out on this connection (PUBLISH, with DUP when QoS > 0 and sent before; PUBREL once
        # PUBREC came), then with w wait for PUBACK or PUBCOMP
        a = self._
        if e[1] and not e[0]:
            if not self.sock:
                raise _exc(5)
            e[0] = self._sub(0, 0)  # a free packet id
            a[19].append(e)
        if e[6] != a[14] and e[2] < 2:
            d = e[1] > 0 <= e[6]
            e[6] = a[14]
            if e[2]:
                self._pkt(0x62, _s(e[0]))
            else:
                self._pkt(0x30 | e[1] << 1 | e[5] | d << 3, _s(e[3]) + (_s(e[0]) if e[1] else bytes()), e[4])
        if e[1] and w:
            self._wait(0, e, e[1])  # PUBACK or PUBCOMP

    def _sub(self, topic, qos):
        # SUBSCRIBE (qos 0..2) or UNSUBSCRIBE (qos None), then wait for the broker's answer; with
        # topic 0, only returns the next free packet id
        a = self._
        while True:
            a[13] = p = a[13] % 65535 + 1
            for e in a[19]:
                if e[0] == p:
                    break
            else:
                break
        if not topic:
            return p
        e = a[10] = [p, 0, 0]
        self._pkt(0xA2 if qos is None else 0x82, _s(e[0]) + _s(topic) + bytes([] if qos is None else [qos]))
        self._wait(0, e, 4 if qos is None else 3)  # UNSUBACK or SUBACK
        if e[2] > 2:
            raise _exc(23, topic)

    # ---- connectivity layer (reconn=True) ----------------------------------------------------------
    def _do(self, f, *x):
        a = self._
        d = a[30]
        while True:
            try:
                if not self.sock and self.reconn:
                    if not self.connect(a[22]):
                        for t in a[21]:
                            self._sub(t, a[21][t])
                return f(*x)
            except MQTTException:
                if not self.reconn or self.sock:
                    raise
                time.sleep(d / 1000)
                d = min(d * 2, a[31])

    # ---- public API --------------------------------------------------------------------------------
    def disconnect(self):
        self._[16] = 0
        try:
            if self.sock:
                self._pkt(0xE0)
        except OSError:
            pass
        self._err(2)

    def close(self):
        self.reconn = False
        self.disconnect()

    def ping(self):
        self._do(self._pkt, 0xC0)

    def publish(self, topic, msg, retain=False, qos=0, wait=True):
        a = self._
        if topic is not a[2]:  # check and encode a topic once, not for every message
            a[3] = _s(0x3000) + _s(_topic(topic, 0, 0))  # its QoS 0 PUBLISH head: 0x30, length, topic
            a[4] = -1
            a[2] = topic
        if type(msg) is not bytes:
            msg = _b(msg)
        n = len(msg)
        if n != a[4]:  # another length: put it into the head (when one byte holds it)
            p = bytearray(a[3])
            p[1] = len(p) + n - 2 & 127
            a[3] = bytes(p)  # bytes: head + msg is then bytes, written without a copy
            a[4] = n if len(p) + n < 130 else -1
        w = a[5]
        if w and n == a[4] and not (qos or retain):
            # fast path: a small QoS 0 PUBLISH in one write (on an error, the general path below
            # raises or reconnects)
            try:
                w(a[3] + msg)
                return 0
            except OSError:
                pass
        if qos not in range(3):
            raise _exc(0, qos)
        e = [0, qos, 0, a[3][4:], msg, 1 if retain else 0, -1]
        self._do(self._pub, e, wait)
        return e[0]

    def subscribe(self, topic, qos=0):
        t = _topic(topic, 1, qos)
        self._do(self._sub, t, qos)
        self._[21][t] = qos

    def unsubscribe(self, topic):
        t = _topic(topic, 1, 0)
        self._do(self._sub, t, None)
        self._[21].pop(t, None)

    def wait_msg(self):
        return self._do(self._wait, 1, None, None)

    def check_msg(self):
        return self._do(self._wait, 0, None, None)

    def loop_forever(self):
        # receive loop until disconnect() or close() (for example from the callback)
        a = self._
        a[16] = 1
        while a[16]:
            self.wait_msg()

    async def run(self, period_ms=20):
        # asyncio task: check_msg without blocking, then yield to the other tasks
        import asyncio
        a = self._
        a[16] = 1
        while a[16]:
            self.check_msg()
            await asyncio.sleep(period_ms / 1000)
