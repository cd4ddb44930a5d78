/**
 * The virtual board (public API): `startSim` runs a virtual Eduponics Mini (ESP32 + MicroPython)
 * behind a pseudo-terminal; `runProgram` runs compiled MicroPython on the host with the same
 * board modules and TCP bridge. See docs/architecture.md and docs/sim.md.
 */
export { runProgram, EXIT_INTERRUPTED, type RunProgramOptions } from "./run-program.ts";
export { selectMicroPython, type MicroPythonChoice } from "./micropython-select.ts";
export { startSim, type Sim, type SimOptions } from "./start-sim.ts";
