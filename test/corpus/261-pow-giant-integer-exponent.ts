console.log(Math.pow(7, 2147483648), 7 ** 2147483648, Math.pow(2, 1e10));
