# `dht` for the virtual board (the v1 Eduponics Mini has a DHT11 on GPIO19): measure() succeeds
# and reports a comfortable room.
class DHTBase:
    def __init__(self, pin):
        self.pin = pin
        self._t = 0
        self._h = 0

    def measure(self):
        self._t = 23
        self._h = 48


class DHT11(DHTBase):
    def temperature(self):
        return self._t

    def humidity(self):
        return self._h


class DHT22(DHTBase):
    def measure(self):
        self._t = 22.5
        self._h = 47.5

    def temperature(self):
        return self._t

    def humidity(self):
        return self._h
