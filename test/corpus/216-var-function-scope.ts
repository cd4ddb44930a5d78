function scoped(): number[] {
  var out: number[] = [];
  for (var i = 0; i < 3; i++) {
    var doubled = i * 2;
    out.push(doubled);
  }
  out.push(i, doubled!);
  return out;
}
console.log(scoped());
function varClosure(): number[] {
  var fns: Array<() => number> = [];
  for (var i = 0; i < 3; i++) fns.push(() => i);
  return fns.map((f) => f());
}
console.log(varClosure());
