// The sample article, bundled as text by scripts/build-demo.mjs (esbuild's text loader): `import sample from '….txt'`.
declare module '*.txt' {
  const text: string;
  export default text;
}
