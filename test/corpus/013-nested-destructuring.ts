const data = {
  id: 7,
  pos: { lat: 1.5, lon: -2.25 },
  tags: ["a", "b", "c"],
  owner: { name: "Kim", roles: ["admin", "dev"] },
};
const {
  pos: { lat, lon },
  tags: [t0, ...tRest],
  owner: {
    name,
    roles: [mainRole],
  },
} = data;
console.log(lat, lon, t0, tRest, name, mainRole);
const pairs: Array<[string, number]> = [["a", 1], ["b", 2]];
for (const [k, v] of pairs) {
  console.log(k + "=" + v);
}
const [[a1, a2], [b1]] = [[1, 2], [3, 4]];
console.log(a1, a2, b1);
