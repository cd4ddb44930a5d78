/**
 * The Eduponics Mini (STEMinds) plant-growing kit as data: pins, sensors and its USB bridge.
 * Used by the virtual board (which I2C devices answer a scan) and by docs/examples.
 * Facts: shared reference "Eduponics Mini: hardware facts" (maker's examples and schematics).
 */
export interface I2cDevice {
  address: number;
  part: string;
  what: string;
  /** Board versions that carry it. */
  versions: ReadonlyArray<"v1" | "v2">;
}

export interface BoardDefinition {
  id: string;
  name: string;
  chip: "esp32";
  usb: { vendorId: number; productId: number; bridge: string };
  pins: Readonly<Record<string, number>>;
  i2c: { scl: number; sda: number; devices: ReadonlyArray<I2cDevice> };
  soilMoisture: { adcPin: number; attenuationDb: number; rawInWater: number; rawInAir: number };
}

export const eduponicsMini: BoardDefinition = {
  id: "eduponics-mini",
  name: "Eduponics Mini",
  chip: "esp32",
  usb: { vendorId: 0x1a86, productId: 0x7523, bridge: "CH340" },
  pins: {
    SOIL_MOISTURE: 35,
    WATER_LEVEL: 21, // input: 1 = tank empty, 0 = water present
    PUMP: 23, // output, active high
    NEOPIXEL: 14, // one WS2812
    WAKE_BUTTON: 36,
    I2C_SCL: 15,
    I2C_SDA: 4,
    DHT11_V1: 19,
  },
  i2c: {
    scl: 15,
    sda: 4,
    devices: [
      { address: 0x5c, part: "BH1750", what: "light sensor", versions: ["v1", "v2"] },
      { address: 0x50, part: "AT24C32", what: "EEPROM", versions: ["v1", "v2"] },
      { address: 0x76, part: "BME280", what: "temperature, humidity, pressure", versions: ["v1"] },
      { address: 0x68, part: "DS1307", what: "real-time clock", versions: ["v1"] },
      { address: 0x44, part: "SHT30", what: "temperature, humidity", versions: ["v2"] },
      { address: 0x70, part: "QMP6988", what: "temperature, pressure", versions: ["v2"] },
      { address: 0x51, part: "PCF8563", what: "real-time clock", versions: ["v2"] },
    ],
  },
  soilMoisture: { adcPin: 35, attenuationDb: 11, rawInWater: 710, rawInAir: 4095 },
};

/** Soil moisture in percent from a raw 12-bit ADC reading, clamped to 0..100 (the maker's calibration). */
export function soilMoisturePercent(raw: number, board: BoardDefinition = eduponicsMini): number {
  const { rawInWater, rawInAir } = board.soilMoisture;
  const percent = ((raw - rawInAir) * 100) / (rawInWater - rawInAir);
  return Math.min(100, Math.max(0, percent));
}

/** I2C addresses that answer a scan on the given board version, ascending (as machine.I2C.scan returns them). */
export function i2cAddresses(version: "v1" | "v2" = "v2", board: BoardDefinition = eduponicsMini): number[] {
  return board.i2c.devices.filter((d) => d.versions.includes(version)).map((d) => d.address).sort((a, b) => a - b);
}
