const { describe, it } = require('node:test');
for (let i = 0; i < 3; i++) {
  describe(`group ${i}`, () => {
    for (let j = 0; j < 3; j++) it(`case ${i}.${j}`, () => {});
  });
}
