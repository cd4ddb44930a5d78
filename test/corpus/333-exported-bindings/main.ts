import { hash, record, limits, mix, payload, high } from "./shared";
for (let i = 0; i < 5; i++) mix(i * 31);
console.log(hash, hash < 0, payload(), high());
console.log(record.name, Object.keys(limits).join(","), JSON.stringify(limits));
