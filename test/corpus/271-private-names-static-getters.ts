class Account {
  #balance = 0;
  static #created = 0;
  _h_note = "user field";
  #log: string[] = [];
  constructor(public owner: string) {
    Account.#created++;
  }
  #record(entry: string): void {
    this.#log.push(entry);
  }
  deposit(n: number): this {
    if (n <= 0) throw new RangeError("deposit must be positive");
    this.#balance += n;
    this.#record(`+${n}`);
    return this;
  }
  get balance(): number {
    return this.#balance;
  }
  get history(): string {
    return this.#log.join(" ");
  }
  static get created(): number {
    return Account.#created;
  }
  static get summary(): string {
    return `${this.created} accounts`;
  }
  static isAccount(x: object): boolean {
    return #balance in x;
  }
}
class Savings extends Account {
  #rate: number;
  constructor(owner: string, rate: number) {
    super(owner);
    this.#rate = rate;
  }
  get rate(): number {
    return this.#rate;
  }
}
const acc = new Account("kai").deposit(5).deposit(7.5);
const sav = new Savings("ana", 0.5);
sav.deposit(1);
console.log(acc.owner, acc.balance, acc.history, Account.created, Savings.created, Account.summary);
try {
  acc.deposit(-1);
} catch (e) {
  console.log((e as Error).message);
}
console.log(acc, sav);
console.log(JSON.stringify(acc), JSON.stringify(sav), sav.rate, sav.balance);
console.log(Account.isAccount(acc), Account.isAccount(sav), Account.isAccount({ balance: 1 }));
