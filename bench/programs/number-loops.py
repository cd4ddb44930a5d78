# Bench program: integer loops - count primes by trial division and sum digit squares.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


primes = 0
digit_squares = 0
for n in range(20000):
    if is_prime(n):
        primes += 1
    m = n
    while m > 0:
        d = m % 10
        digit_squares += d * d
        m //= 10
print("primes", primes, "digit squares", digit_squares)
