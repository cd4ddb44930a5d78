function bubble(a: number[]): number[] {
  const arr = [...a];
  for (let i = 0; i < arr.length; i++) {
    for (let j = 0; j < arr.length - i - 1; j++) {
      if (arr[j]! > arr[j + 1]!) {
        [arr[j], arr[j + 1]] = [arr[j + 1]!, arr[j]!];
      }
    }
  }
  return arr;
}
console.log(bubble([5, 3, 8, 1, 9, 2]));
console.log(bubble([]), bubble([1]));
