class Account {
  #balance = 0;
  static #created = 0;
  constructor(public owner: string) {
    Account.#created++;
  }
  deposit(n: number): this {
    if (n <= 0) throw new RangeError("deposit must be positive");
    this.#balance += n;
    return this;
  }
  get balance(): number {
    return this.#balance;
  }
  static get created(): number {
    return Account.#created;
  }
}
const acc = new Account("kai").deposit(5).deposit(7.5);
console.log(acc.owner, acc.balance, Account.created);
try {
  acc.deposit(-1);
} catch (e) {
  console.log((e as Error).message);
}
console.log(Object.keys(acc));
