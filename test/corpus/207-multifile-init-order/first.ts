console.log("first module runs");
export const a = "A";
