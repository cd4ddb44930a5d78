class User {
  constructor(public name: string, private age: number, readonly id: number = 0) {}
  birthday(): void {
    this.age++;
  }
  describe(): string {
    return `${this.name}#${this.id} is ${this.age}`;
  }
}
const u = new User("Lea", 30);
u.birthday();
console.log(u.describe());
console.log(new User("Max", 1, 9).describe());
