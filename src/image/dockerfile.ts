/** What a Dockerfile says about the image it builds (pure: text in, data out). */

/**
 * The image a Dockerfile's final stage (or `target`) builds on, with ARG values substituted;
 * undefined for `scratch` or a reference it cannot resolve. Pure.
 */
export function baseImageOf(
  dockerfile: string,
  buildArgs: Record<string, string>,
  target?: string,
): string | undefined {
  // Continuation lines joined, comments dropped: enough for FROM and ARG lines.
  const lines = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const globalArgs = new Map<string, string>();
  const stages: { name?: string; from: string }[] = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const keyword = instruction!.toUpperCase();
    if (keyword === 'ARG' && stages.length === 0) {
      for (const spec of rest) {
        const eq = spec.indexOf('=');
        const name = eq < 0 ? spec : spec.slice(0, eq);
        const fallback = eq < 0 ? undefined : spec.slice(eq + 1).replace(/^["']|["']$/g, '');
        const value = buildArgs[name] ?? fallback;
        if (value !== undefined) globalArgs.set(name, value);
      }
    } else if (keyword === 'FROM') {
      const words = rest.filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({ from: words[0] ?? '', ...(as > 0 && words[as + 1] ? { name: words[as + 1]! } : {}) });
    }
  }
  let stage = target ? stages.find((s) => s.name === target) : stages[stages.length - 1];
  for (let hops = 0; stage && hops <= stages.length; hops++) {
    let unresolved = false;
    const from = stage.from.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_, a, fallback, b) => {
      const value = globalArgs.get(a ?? b) ?? fallback;
      if (value === undefined || value === '') unresolved = true;
      return value ?? '';
    });
    if (unresolved || from === '' || from.toLowerCase() === 'scratch') return undefined;
    const earlier = stages.find((s) => s.name === from);
    if (!earlier) return from;
    stage = earlier;
  }
  return undefined;
}
