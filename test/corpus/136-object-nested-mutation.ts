const state = {
  sensors: { temp: { value: 0, unit: "C" }, moist: { value: 0, unit: "%" } },
  history: [] as number[],
};
state.sensors.temp.value = 22.5;
state.sensors.moist.value += 40;
state.history.push(1, 2);
console.log(state.sensors.temp, state.sensors.moist.value, state.history);
const alias = state.sensors;
alias.temp.unit = "F";
console.log(state.sensors.temp.unit);
console.log(JSON.stringify(state));
