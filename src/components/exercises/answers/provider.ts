// The shape of a computed answer: a function run once at build time that returns the number an
// exercise expects, from the corpus or the engine. Authors never type the number into MDX.
export type AnswerProvider = () => number | Promise<number>;
