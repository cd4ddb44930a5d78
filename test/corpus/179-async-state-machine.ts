type State = "idle" | "connecting" | "connected" | "failed";
class Link {
  state: State = "idle";
  attempts = 0;
  async connect(): Promise<void> {
    while (this.state !== "connected") {
      this.state = "connecting";
      this.attempts++;
      console.log("attempt", this.attempts);
      await new Promise((r) => setTimeout(r, 1));
      this.state = this.attempts >= 3 ? "connected" : "failed";
      console.log("state", this.state);
    }
  }
}
const l = new Link();
l.connect().then(() => console.log("up after", l.attempts));
