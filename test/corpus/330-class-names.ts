// Class names at run time: this.constructor.name in a base-class method, Class.name, constructor identity.
abstract class Animal {
  abstract sound(): string;
  describe(): string {
    return `${this.constructor.name} says ${this.sound()}`;
  }
}
class Dog extends Animal {
  sound(): string {
    return "woof";
  }
}
class Puppy extends Dog {
  override sound(): string {
    return "yip";
  }
}
const pets: Animal[] = [new Dog(), new Puppy()];
for (const p of pets) console.log(p.describe());
console.log(Dog.name, Puppy.name, Animal.name);
const d = new Dog();
console.log(d.constructor === Dog, d.constructor === Animal, new Puppy().constructor === Dog);
console.log([new Dog(), new Puppy(), d].map((x) => x.constructor.name).join(","));
class Base {
  static label(): string {
    return this.name;
  }
}
console.log(Base.label().length, typeof Dog.name);
class Derived extends Base {}
console.log(Derived.label(), Base.label());
