/** cytoscape-svg ships no types; it registers as a plain extension (see its README). */
declare module 'cytoscape-svg' {
  const register: (cy: unknown) => void;
  export default register;
}
