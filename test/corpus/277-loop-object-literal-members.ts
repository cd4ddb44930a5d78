const plain: Array<{ get(): number }> = [];
for (let i = 0; i < 3; i++) plain.push({ get() { return i * 10; } });
console.log(plain.map((o) => o.get()));
const labels: string[] = [];
for (const name of ["ann", "bo"]) {
  const card = {
    uses: 0,
    get title(): string {
      this.uses++;
      return `${name}:${this.uses}`;
    },
    shout(): string {
      return name.toUpperCase() + "!".repeat(this.uses);
    },
  };
  labels.push(card.title, card.title, card.shout());
}
console.log(labels.join(" "));
const stepper: Array<{ next(): number }> = [];
for (let k = 0; k < 2; k++) {
  stepper.push({ next() { return (k += 5); } });
}
console.log(stepper[0]!.next(), stepper[0]!.next(), stepper[1]!.next());
let w = 0;
const ws: Array<{ v(): number }> = [];
while (w < 3) {
  const captured = w * w;
  ws.push({ v: () => captured });
  w++;
}
console.log(ws.map((o) => o.v()));
