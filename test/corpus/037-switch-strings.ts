function http(code: string): string {
  switch (code) {
    case "200":
      return "ok";
    case "404":
      return "missing";
    case "500": {
      const msg = "server";
      return msg + " error";
    }
  }
  return "unknown";
}
console.log(http("200"), http("404"), http("500"), http("201"));
let x = 5;
switch (true) {
  case x < 3:
    console.log("lt3");
    break;
  case x < 10:
    console.log("lt10");
    break;
}
