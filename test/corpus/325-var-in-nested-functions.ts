// var: one binding per function (not per block), visible after its loop, captured by inner
// functions that see later changes; each call gets its own.
function total(x: number): number {
  var sum = 0;
  for (var j = 0; j < x; j++) sum += j;
  function inner(): number {
    return sum * 2 + j;
  }
  if (x > 2) {
    var extra = 5;
    sum += extra;
  }
  return inner();
}
console.log(total(0), total(1), total(3), total(5));
function counter(): () => number {
  var n = 0;
  return () => {
    var step = 2;
    n += step;
    return n;
  };
}
const c1 = counter();
const c2 = counter();
console.log(c1(), c1(), c2(), c1());
