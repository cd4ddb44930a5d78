# `network` for the virtual board: a WLAN that connects at once (the host's network is the
# access point) and reports an address like a board on a home router would.
from board_host import board_id

STA_IF = 0
AP_IF = 1

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
STAT_BEACON_TIMEOUT = 200
STAT_ASSOC_FAIL = 203
STAT_HANDSHAKE_TIMEOUT = 204
STAT_CONNECT_FAIL = 203

AUTH_OPEN = 0
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4

_hostname = "eduponics-mini"


def hostname(name=None):
    global _hostname
    if name is None:
        return _hostname
    _hostname = name


class WLAN:
    _state = {}

    def __init__(self, interface=STA_IF):
        self.interface = interface
        s = WLAN._state.get(interface)
        if s is None:
            s = {"active": interface == AP_IF, "connected": False, "ssid": None, "status": STAT_IDLE}
            WLAN._state[interface] = s
        self._s = s

    def active(self, value=None):
        if value is None:
            return self._s["active"]
        self._s["active"] = bool(value)
        if not value:
            self._s["connected"] = False
            self._s["status"] = STAT_IDLE

    def connect(self, ssid=None, key=None, bssid=None):
        if not self._s["active"]:
            raise OSError("Wifi Not Started")
        self._s["ssid"] = ssid
        self._s["connected"] = True
        self._s["status"] = STAT_GOT_IP

    def disconnect(self):
        self._s["connected"] = False
        self._s["status"] = STAT_IDLE

    def isconnected(self):
        if self.interface == AP_IF:
            return self._s["active"]
        return self._s["connected"]

    def status(self, param=None):
        if param == "rssi":
            return -55
        return self._s["status"]

    def ifconfig(self, config=None):
        if config is not None:
            self._s["ifconfig"] = tuple(config)
            return
        if "ifconfig" in self._s:
            return self._s["ifconfig"]
        if self.interface == AP_IF:
            return ("192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0")
        if not self._s["connected"]:
            return ("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0")
        return ("192.168.4.2", "255.255.255.0", "192.168.4.1", "192.168.4.1")

    def ipconfig(self, name):
        if name == "addr4":
            c = self.ifconfig()
            return (c[0], c[1])
        raise ValueError("unknown config param")

    def config(self, *args, **kwargs):
        if kwargs:
            for k, v in kwargs.items():
                self._s[k] = v
            return
        if not args:
            raise TypeError("can query only one param")
        name = args[0]
        if name == "mac":
            mac = bytearray(board_id())
            if self.interface == AP_IF:
                mac[5] = (mac[5] + 1) & 0xFF
            return bytes(mac)
        if name in ("ssid", "essid"):
            return self._s.get("ssid") or ""
        if name in ("hostname", "dhcp_hostname"):
            return _hostname
        if name == "channel":
            return 6
        if name == "txpower":
            return 20
        if name in self._s:
            return self._s[name]
        raise ValueError("unknown config param")

    def scan(self):
        if not self._s["active"]:
            raise OSError("Wifi Not Started")
        # (ssid, bssid, channel, RSSI, security, hidden)
        return [(b"tsmp-sim", b"\x02\x00\x00\x00\x00\x01", 6, -55, AUTH_WPA2_PSK, False)]
