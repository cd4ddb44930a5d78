/**
 * MicroPython programs the MQTT tests run on the board (as text), and the small Python prelude
 * they share: `check(name, cond, detail)` prints `OK name` / `FAIL name detail`.
 */
export const PRELUDE = `
import time
from umqttsimple import MQTTClient, MQTTException
got = []
def cb(t, m):
    got.append((t, m))
def drain(c, n, ms=4000):
    t0 = time.ticks_ms()
    while len(got) < n and time.ticks_diff(time.ticks_ms(), t0) < ms:
        c.check_msg()
def settle(c, ms=300):
    t0 = time.ticks_ms()
    while time.ticks_diff(time.ticks_ms(), t0) < ms:
        c.check_msg()
def check(name, cond, detail=""):
    print(("OK " if cond else "FAIL ") + name + ("" if cond else " " + repr(detail)))
def raises(f):
    try:
        f()
    except MQTTException as e:
        return str(e)
    return None
`;

/** Every client feature against a real broker; H/P are the broker's host and port. */
export function featureProgram(host: string, port: number, tag: string): string {
  return `${PRELUDE}
H, P, T = "${host}", ${port}, "${tag}"
sub = MQTTClient(T + "-sub", H, P, user="maker", password=b"secret", keepalive=30)
sub.set_callback(cb)
check("connect clean", sub.connect() == 0)
sub.subscribe(T + "/+/q", 2)
sub.subscribe(T + "/w/#", 1)
pub = MQTTClient((T + "-pub").encode(), H, P)
pub.connect()
for q in (0, 1, 2):
    pub.publish(T + "/a/q", "m%d" % q, qos=q)
pub.publish(T + "/w/x/y", b"deep", qos=1)
drain(sub, 4)
want = sorted([((T + "/a/q").encode(), b"m0"), ((T + "/a/q").encode(), b"m1"), ((T + "/a/q").encode(), b"m2"), ((T + "/w/x/y").encode(), b"deep")])
check("qos 0/1/2 both ways, + and # wildcards, two subscriptions", sorted(got) == want, got)
check("callback gets bytes", all(type(t) is bytes and type(m) is bytes for t, m in got), got)

del got[:]
sub.unsubscribe(T + "/w/#")
pub.publish(T + "/w/z", "dropped", qos=1)
pub.publish(T + "/b/q", "kept", qos=1)
drain(sub, 1)
settle(sub)
check("unsubscribe", got == [((T + "/b/q").encode(), b"kept")], got)

pub.publish(T + "/r", "retained", retain=True, qos=1)
late = MQTTClient(T + "-late", H, P)
late.connect()
late_got = []
late.set_callback(lambda t, m: late_got.append(m))
late.subscribe(T + "/r", 1)
t0 = time.ticks_ms()
while not late_got and time.ticks_diff(time.ticks_ms(), t0) < 3000:
    late.check_msg()
check("retain", late_got == [b"retained"], late_got)
pub.publish(T + "/r", "", retain=True, qos=1)
late.disconnect()

del got[:]
sub.subscribe(T + "/will", 1)
w = MQTTClient(T + "-will", H, P, keepalive=10)
w.set_last_will(T + "/will", "gone", retain=True, qos=1)
w.connect()
w.sock.close()  # drop without DISCONNECT: the broker publishes the will
drain(sub, 1)
check("last will with qos 1 and retain", got == [((T + "/will").encode(), b"gone")], got)
late = MQTTClient(T + "-late2", H, P)
late.connect()
late_got = []
late.set_callback(lambda t, m: late_got.append(m))
late.subscribe(T + "/will", 0)
t0 = time.ticks_ms()
while not late_got and time.ticks_diff(time.ticks_ms(), t0) < 3000:
    late.check_msg()
check("will was retained", late_got == [b"gone"], late_got)
pub.publish(T + "/will", "", retain=True)
late.disconnect()

v3 = MQTTClient(T + "-v3", H, P, version=3)
v3_got = []
v3.set_callback(lambda t, m: v3_got.append(m))
v3.connect()
v3.subscribe(T + "/v3", 1)
pub.publish(T + "/v3", "old protocol", qos=1)
t0 = time.ticks_ms()
while not v3_got and time.ticks_diff(time.ticks_ms(), t0) < 3000:
    v3.check_msg()
check("MQTT 3.1 (version=3)", v3_got == [b"old protocol"], v3_got)
v3.disconnect()

ps = MQTTClient(T + "-ps", H, P)
ps.set_callback(cb)
ps.connect(clean_session=False)
ps.subscribe(T + "/ps", 2)
ps.disconnect()
for i in range(3):
    pub.publish(T + "/ps", "q1-%d" % i, qos=1)
    pub.publish(T + "/ps", "q2-%d" % i, qos=2)
del got[:]
sp = ps.connect(clean_session=False)
drain(ps, 6)
settle(ps)
check("persistent session: session present", sp == 1, sp)
check("persistent session: queued messages", sorted(m for t, m in got) == sorted([b"q1-%d" % i for i in range(3)] + [b"q2-%d" % i for i in range(3)]), got)
ps.disconnect()
ps.connect(clean_session=True)
ps.disconnect()

check("publish to a wildcard topic is refused", "wildcard" in (raises(lambda: pub.publish(T + "/#", "x")) or ""))
check("bad filter is refused", "valid filter" in (raises(lambda: sub.subscribe(T + "/#/x")) or ""))
check("empty topic is refused", "1..65535" in (raises(lambda: sub.subscribe("")) or ""))
check("qos 3 is refused", "qos" in (raises(lambda: pub.publish(T + "/x", "x", qos=3)) or ""))

# asyncio-friendly path: publish without waiting, acknowledgements and messages taken in by the
# run() coroutine (stepped by hand here: the WebAssembly port's asyncio has no asyncio.run)
del got[:]
a = MQTTClient(T + "-aio", H, P)
a.set_callback(cb)
a.connect()
a.subscribe(T + "/aio", 1)
ids = [a.publish(T + "/aio", "a%d" % i, False, 1, False) for i in range(3)]
check("publish with wait=False returns at once", a.pending() == 3 and len(set(ids)) == 3 and 0 not in ids, (ids, a.pending()))
co = a.run(5)
t0 = time.ticks_ms()
while (len(got) < 3 or a.pending()) and time.ticks_diff(time.ticks_ms(), t0) < 4000:
    co.send(None)
    time.sleep_ms(5)
check("run() coroutine takes in acks and messages", a.pending() == 0 and sorted(m for t, m in got) == [b"a0", b"a1", b"a2"], (a.pending(), got))
a.disconnect()
try:
    co.send(None)
    stopped = False
except StopIteration:
    stopped = True
check("disconnect() ends run()", stopped)

lf = MQTTClient(T + "-lf", H, P)
lf_got = []
def lf_cb(t, m):
    lf_got.append(m)
    if len(lf_got) == 2:
        lf.disconnect()
lf.set_callback(lf_cb)
lf.connect()
lf.subscribe(T + "/lf", 1)
pub.publish(T + "/lf", "one", qos=1)
pub.publish(T + "/lf", "two", qos=1)
lf.loop_forever()
check("loop_forever until disconnect() from the callback", lf_got == [b"one", b"two"] and lf.get_mqttsta() == 2, lf_got)

ka = MQTTClient(T + "-ka", H, P, keepalive=1)
ka.connect()
ka.subscribe(T + "/late", 0)
ka.publish(T + "/late-ready", "go")
t0 = time.ticks_ms()
m = ka.wait_msg()
dt = time.ticks_diff(time.ticks_ms(), t0)
print("late message after", dt, "ms")
check("keepalive: wait_msg pings and survives 3 x keepalive", dt > 2500 and ka.get_mqttsta() == 1, dt)
t0 = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), t0) < 2500:
    ka.check_msg()
    time.sleep_ms(20)
ka.ping()
ka.publish(T + "/late", "still here", qos=1)
check("keepalive: check_msg pings", ka.get_mqttsta() == 1)
ka.disconnect()
check("get_mqttsta after disconnect", ka.get_mqttsta() == 2, ka.get_mqttsta())
sub.disconnect()
pub.disconnect()
print("DONE")
`;
}
