export default function circleArea(r: number): number {
  return Math.PI * r * r;
}
