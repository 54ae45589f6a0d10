/** A compact knowledge-base file imported as its text (tsup, the demo build and vitest load `.sbkb` as text). */
declare module '*.sbkb' {
  const text: string;
  export default text;
}
