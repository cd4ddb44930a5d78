function bsearch(arr: number[], target: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] === target) return mid;
    if (arr[mid]! < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
const arr = [1, 3, 5, 7, 9, 11];
console.log(arr.map((v) => bsearch(arr, v)));
console.log(bsearch(arr, 0), bsearch(arr, 6), bsearch(arr, 12));
