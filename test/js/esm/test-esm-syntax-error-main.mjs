// exit: 1
// A syntax error in an ES module entry point: Node's arrow and V8's message.
const a = 1;
export const x = ;
