# `neopixel` for the virtual board: the WS2812 strip keeps its colours (the Eduponics Mini has
# one on GPIO14); write() records what would have been shown.
class NeoPixel:
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.timing = timing
        self._pixels = [(0,) * bpp for _ in range(n)]
        self.shown = list(self._pixels)

    def __len__(self):
        return self.n

    def __setitem__(self, index, value):
        self._pixels[index] = tuple(value)

    def __getitem__(self, index):
        return self._pixels[index]

    def fill(self, value):
        for i in range(self.n):
            self._pixels[i] = tuple(value)

    def write(self):
        self.shown = list(self._pixels)
