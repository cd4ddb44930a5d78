const enum Flag {
  None = 0,
  A = 1 << 0,
  B = 1 << 1,
  C = 1 << 2,
  AB = A | B,
}
let f = Flag.None;
f |= Flag.A;
f |= Flag.C;
console.log(f, (f & Flag.B) !== 0, (f & Flag.C) !== 0);
console.log(Flag.AB, Flag.AB & ~Flag.A);
