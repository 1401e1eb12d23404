// exit: 1
async function main() {
  throw new Error('async boom');
}
main();
