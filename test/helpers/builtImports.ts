/**
 * The files a built ES module imports statically, as its `./` specifiers without the `./`:
 * what Node or the browser loads before the module runs. Dynamic `import("./…")` is left out
 * (it loads when asked). Written for the build's own output, minified or not.
 */
export function staticImportsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?"\.\/([^"]+)"/g)].map(([, file]) => file ?? '')
}
