let x = 1;
{
  let x = 2;
  console.log("inner", x);
  {
    const x = 3;
    console.log("innermost", x);
  }
  console.log("inner again", x);
}
console.log("outer", x);
if (x === 1) {
  let x = "shadow";
  console.log(x);
}
console.log(x + 1);
