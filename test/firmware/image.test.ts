/** checkFirmwareImage: what is refused before any board is touched, and the message each gets. */
import { describe, expect, it } from "vitest";
import { checkFirmwareImage, checkImageFits } from "../../cli/firmware/image.ts";
import { TsmpError } from "../../cli/errors.ts";
import { makeEsp32Image } from "./image-fixture.ts";

function refusal(run: () => unknown): TsmpError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TsmpError);
    return error as TsmpError;
  }
  throw new Error("expected a refusal");
}

function withHead(head: number[] | string, size = 4096): Uint8Array {
  const bytes = makeEsp32Image(size, 3);
  bytes.set(typeof head === "string" ? Buffer.from(head, "latin1") : head, 0);
  return bytes;
}

describe("checkFirmwareImage", () => {
  it("accepts a generated ESP32 image at 0x1000 and reports its header", () => {
    expect(checkFirmwareImage(makeEsp32Image(8192, 1), 0x1000)).toEqual({ size: 8192, segments: 3, chip: "ESP32" });
  });

  it.each([
    ["wrong magic byte", withHead([0xea]), /not an ESP32 firmware image \(first byte is 0xea\)/],
    ["an ELF file", withHead("\x7fELF"), /ELF file; flash the \.bin/],
    ["a UF2 file", withHead("UF2\n"), /UF2 file/],
    ["a zip archive", withHead("PK\x03\x04"), /zip archive/],
    ["an HTML page", withHead("<!DOCTYPE html>"), /web page/],
    ["an empty file", new Uint8Array(0), /is empty/],
    ["a truncated header", makeEsp32Image(4096, 1).subarray(0, 20), /only 20 bytes/],
    ["zero segments", withHead([0xe9, 0]), /broken image header \(0 segments\)/],
    ["an ESP32-S3 image", (() => { const b = makeEsp32Image(4096, 1); b[12] = 9; return b; })(), /built for ESP32-S3, not for ESP32/],
  ])("refuses %s with BAD_FIRMWARE and a download hint", (_name, bytes, message) => {
    const error = refusal(() => checkFirmwareImage(bytes, 0x1000));
    expect(error.code).toBe("BAD_FIRMWARE");
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(/micropython\.org\/download/);
  });

  it("refuses a flash address that is not sector-aligned", () => {
    const error = refusal(() => checkFirmwareImage(makeEsp32Image(4096, 1), 0x1001));
    expect(error.code).toBe("BAD_ARGUMENT");
    expect(error.hint).toMatch(/0x1000/);
  });

  it("refuses an image that cannot fit in any ESP32 flash", () => {
    const error = refusal(() => checkFirmwareImage(makeEsp32Image(8192, 1), 16 * 1024 * 1024 - 0x1000));
    expect(error.code).toBe("BAD_FIRMWARE");
    expect(error.message).toMatch(/does not fit/);
  });
});

describe("checkImageFits", () => {
  it("passes an image ending exactly at the end of flash and refuses one byte more", () => {
    expect(() => checkImageFits(4 * 1024 * 1024 - 0x1000, 0x1000, 4 * 1024 * 1024, "4MB")).not.toThrow();
    expect(refusal(() => checkImageFits(4 * 1024 * 1024 - 0x1000 + 1, 0x1000, 4 * 1024 * 1024, "4MB")).message).toMatch(/4MB flash/);
  });
});
