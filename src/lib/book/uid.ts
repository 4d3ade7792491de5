// Deterministic ids for elements that need one (tooltips, labels): same build, same ids.
let counter = 0;

export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
