function isPalindrome(s: string): boolean {
  const clean = s.toLowerCase().split("").filter((c) => c >= "a" && c <= "z").join("");
  return clean === clean.split("").reverse().join("");
}
const tests = ["Racecar", "A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"];
for (const t of tests) console.log(JSON.stringify(t), isPalindrome(t));
