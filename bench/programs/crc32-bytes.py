# Bench program: bitwise work on bytes - CRC-32 (table driven) over a generated buffer, several times.
table = []
for n in range(256):
    c = n
    for k in range(8):
        c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
    table.append(c)
data = bytearray(4096)
for i in range(len(data)):
    data[i] = (i * 31 + 7) & 0xFF


def crc32(buf):
    crc = 0xFFFFFFFF
    for b in buf:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


result = 0
for rnd in range(16):
    data[rnd] = rnd
    result = crc32(data)
print("crc32", "{:x}".format(result), result)
