class Animal {
  constructor(public name: string) {}
  speak(): string {
    return this.name + " makes a sound";
  }
  kind(): string {
    return "animal";
  }
}
class Dog extends Animal {
  constructor(name: string, public breed: string) {
    super(name);
  }
  override speak(): string {
    return super.speak() + " (woof)";
  }
}
class Puppy extends Dog {
  override speak(): string {
    return super.speak() + " tiny";
  }
}
const p = new Puppy("Rex", "lab");
console.log(p.speak());
console.log(p.kind(), p.breed);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal);
console.log(new Animal("cat") instanceof Dog);
