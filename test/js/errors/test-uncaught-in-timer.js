// exit: 1
// known-gap: GraalJS places a property-access TypeError at the start of the expression, V8 at the property
setTimeout(() => {
  null.x;
}, 1);
