// Bench program: class-heavy — small vector and particle classes with methods, getters and inheritance.
class Vec {
  constructor(public x: number, public y: number) {}
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Vec {
    return new Vec(this.x * k, this.y * k);
  }
  get manhattan(): number {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}
class Particle {
  bounces = 0;
  constructor(public pos: Vec, public vel: Vec) {}
  step(): void {
    this.pos = this.pos.add(this.vel);
    if (this.pos.x < 0 || this.pos.x > 100) {
      this.vel = new Vec(-this.vel.x, this.vel.y);
      this.bounces++;
    }
    if (this.pos.y < 0 || this.pos.y > 100) {
      this.vel = new Vec(this.vel.x, -this.vel.y);
      this.bounces++;
    }
  }
}
class HeavyParticle extends Particle {
  override step(): void {
    super.step();
    this.vel = this.vel.scale(1);
  }
}
const particles: Particle[] = [];
for (let i = 0; i < 40; i++) {
  const p = new Vec(i * 2, 100 - i * 2);
  const v = new Vec((i % 7) - 3, (i % 5) - 2);
  particles.push(i % 3 === 0 ? new HeavyParticle(p, v) : new Particle(p, v));
}
for (let t = 0; t < 500; t++) for (const p of particles) p.step();
let bounces = 0;
let spread = 0;
for (const p of particles) {
  bounces += p.bounces;
  spread += p.pos.manhattan;
}
console.log("bounces", bounces, "spread", spread);
