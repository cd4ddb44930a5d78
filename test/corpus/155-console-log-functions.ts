function named(): number {
  return 1;
}
const arrow = () => 2;
console.log(typeof named, typeof arrow);
console.log(named(), arrow());
console.log(String(typeof console.log));
console.log([named].length);
