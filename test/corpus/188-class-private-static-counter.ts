class Node2 {
  static count = 0;
  readonly id: number;
  children: Node2[] = [];
  constructor(public name: string) {
    Node2.count++;
    this.id = Node2.count;
  }
  add(child: Node2): Node2 {
    this.children.push(child);
    return this;
  }
  render(depth = 0): string[] {
    const lines = ["  ".repeat(depth) + this.name + "#" + this.id];
    for (const c of this.children) lines.push(...c.render(depth + 1));
    return lines;
  }
}
const root = new Node2("root").add(new Node2("a").add(new Node2("a1"))).add(new Node2("b"));
console.log(root.render().join("\n"));
console.log(Node2.count);
