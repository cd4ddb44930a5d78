const inputs = ["12abc", "abc12", " 3 ", "\t\n5\n", "1_000", "1,5", "Infinityx", "-", ".", "0.0", "-0", "00012"];
for (const s of inputs) {
  console.log(JSON.stringify(s), parseInt(s), parseFloat(s), Number(s));
}
