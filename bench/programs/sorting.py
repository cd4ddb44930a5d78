# Bench program: sorting - numbers, records by two keys, and a handwritten insertion sort.
seed = 11
nums = []
for i in range(6000):
    seed = (seed * 75 + 74) % 65537
    nums.append(seed % 10000)
ascending = sorted(nums)
plants = [{"name": "p" + str(nums[i] % 997), "thirst": nums[i] % 10} for i in range(3000)]
plants.sort(key=lambda p: (-p["thirst"], p["name"]))
small = nums[:400]
for i in range(1, len(small)):
    v = small[i]
    j = i - 1
    while j >= 0 and small[j] > v:
        small[j + 1] = small[j]
        j -= 1
    small[j + 1] = v
print("min", ascending[0], "median", ascending[3000], "max", ascending[5999], "first plant", plants[0]["name"], plants[0]["thirst"], "small", small[0], small[399])
