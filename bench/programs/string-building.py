# Bench program: string building - format rows into lines, join them, then scan the text.
names = ["north", "south", "east", "west", "centre"]
lines = []
for i in range(9000):
    name = names[i % len(names)]
    value = (i * 37) % 1000
    lines.append("{};{:05d};{}".format(name.upper(), i, value))
text = "\n".join(lines)
semicolons = 0
nines = 0
for line in text.split("\n"):
    parts = line.split(";")
    semicolons += len(parts) - 1
    if parts[2].endswith("9"):
        nines += 1
print("length", len(text), "semicolons", semicolons, "nines", nines)
