export class Device {
  on = false;
  constructor(public name: string) {}
  toggle(): void {
    this.on = !this.on;
  }
  status(): string {
    return this.name + ":" + (this.on ? "on" : "off");
  }
}
