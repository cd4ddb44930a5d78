/**
 * The DTR/RTS sequences tsmp asks for, through esptool-js's real Transport and the adapter on a
 * pty. A pty cannot carry the lines, so the adapter's record of what was asked for is checked:
 * RTS drives EN (asserted = chip in reset), DTR drives IO0 (asserted = BOOT held).
 */
import { afterEach, describe, expect, it } from "vitest";
import { Transport } from "esptool-js";
import { SteppedClassicReset } from "../../cli/firmware/classic-reset.ts";
import { PulsedHardReset } from "../../cli/firmware/hard-reset.ts";
import { NodeWebSerialPort } from "../../cli/firmware/web-serial-adapter.ts";
import { startEsp32Emulator, type Esp32Emulator } from "./esp32-rom-emulator.ts";

let emu: Esp32Emulator | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
});

async function openTransport(): Promise<{ port: NodeWebSerialPort; transport: Transport }> {
  emu = await startEsp32Emulator();
  const port = new NodeWebSerialPort(emu.path);
  const transport = new Transport(port as unknown as ConstructorParameters<typeof Transport>[0], false);
  await port.open({ baudRate: 115200 });
  return { port, transport };
}

/** The distinct (EN-in-reset, BOOT-held) states in order, from the adapter's signal record. */
function lineStates(port: NodeWebSerialPort): string[] {
  const states = port.signalHistory.map((s) => `EN ${s.rts ? "low" : "high"}, IO0 ${s.dtr ? "low" : "high"}`);
  return states.filter((state, i) => i === 0 || state !== states[i - 1]);
}

describe("reset strategies", () => {
  it("classic reset: chip held in reset, then released while BOOT is held, then BOOT released", async () => {
    const { port, transport } = await openTransport();
    await new SteppedClassicReset(transport, 50).reset();
    expect(lineStates(port)).toEqual(["EN high, IO0 high", "EN low, IO0 high", "EN low, IO0 low", "EN high, IO0 low", "EN high, IO0 high"]);
    const history = port.signalHistory;
    const heldInReset = history.findIndex((s) => s.rts && !s.dtr);
    const bootHeld = history.findIndex((s) => s.dtr);
    expect(history[bootHeld].at - history[heldInReset].at).toBeGreaterThanOrEqual(95);
    await port.close();
  });

  it("hard reset: EN pulsed low for about 100 ms with IO0 high, so the new firmware boots", async () => {
    const { port, transport } = await openTransport();
    await new PulsedHardReset(transport, false).reset();
    expect(lineStates(port)).toEqual(["EN high, IO0 high", "EN low, IO0 high", "EN high, IO0 high"]);
    const history = port.signalHistory;
    const down = history.findIndex((s) => s.rts);
    const up = history.findIndex((s, i) => i > down && !s.rts);
    expect(history[up].at - history[down].at).toBeGreaterThanOrEqual(95);
    await port.close();
  });
});
