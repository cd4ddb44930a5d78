# Bench program: list and dict work - word frequencies, grouping, filtering and mapping.
vocabulary = ["soil", "water", "light", "leaf", "root", "seed", "sun", "rain", "pot", "bloom"]
seed = 7
words = []
for i in range(16000):
    seed = (seed * 75 + 74) % 65537
    words.append(vocabulary[seed % len(vocabulary)])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
by_length = {}
for w in words:
    key = str(len(w))
    group = by_length.get(key)
    if group is None:
        by_length[key] = [w]
    else:
        group.append(w)
long_lengths = [len(w) for w in words if len(w) > 4]
total = sum(long_lengths)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
print("distinct", len(counts), "top", top[0], top[1], "groups", len(by_length), "long total", total)
