# Bench program: class-heavy - small vector and particle classes with methods, properties and inheritance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def manhattan(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, pos, vel):
        self.bounces = 0
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.bounces += 1
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.bounces += 1


class HeavyParticle(Particle):
    def step(self):
        super().step()
        self.vel = self.vel.scale(1)


particles = []
for i in range(40):
    p = Vec(i * 2, 100 - i * 2)
    v = Vec((i % 7) - 3, (i % 5) - 2)
    particles.append(HeavyParticle(p, v) if i % 3 == 0 else Particle(p, v))
for t in range(500):
    for p in particles:
        p.step()
bounces = 0
spread = 0
for p in particles:
    bounces += p.bounces
    spread += p.pos.manhattan
print("bounces", bounces, "spread", spread)
