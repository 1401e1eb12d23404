// exit: 1
// known-gap: GraalJS cannot tell where a pre-made error was thrown, so the arrow points where it was created
const e = new Error('with props');
e.code = 'E_X';
e.extra = { a: 1 };
throw e;
