const topics = ["plant/1/temp", "plant/1/moist", "plant/2/temp", "house/temp", "plant/2/light"];
console.log(topics.filter((t) => t.startsWith("plant/") && t.endsWith("/temp")));
console.log(topics.filter((t) => t.includes("/2/")));
console.log(topics.map((t) => t.split("/").length));
console.log(topics.find((t) => t.indexOf("light") >= 0));
const matches = (pattern: string, topic: string): boolean => {
  const p = pattern.split("/");
  const t = topic.split("/");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === "#") return true;
    if (p[i] !== "+" && p[i] !== t[i]) return false;
  }
  return p.length === t.length;
};
console.log(topics.filter((t) => matches("plant/+/temp", t)), topics.filter((t) => matches("plant/#", t)).length);
