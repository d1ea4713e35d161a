/**
 * Analysis of the dependency graph for the views: cycles (which concurrent edits can create),
 * dependencies on actions that are missing or deleted, due dates that fall before a dependency's,
 * and the critical path. Linear in actions plus dependencies; never loops, whatever peers sent.
 *
 * Critical path: the longest chain of open actions linked by dependencies (each link "waits for"),
 * cycles excluded; between chains of equal length, the one ending latest. It is the sequence that
 * bounds how early the last of them can finish.
 */
export interface GraphNode {
  readonly id: string;
  readonly dependsOn: readonly string[];
  /** ISO day, or null when undated. */
  readonly due: string | null;
  readonly open: boolean;
}

export interface GraphAnalysis {
  /** Each cycle's members, as found (strongly connected components of two or more, or a self-loop). */
  readonly cycles: readonly (readonly string[])[];
  readonly inCycle: ReadonlySet<string>;
  /** id → dependency ids that are not live actions. */
  readonly missing: ReadonlyMap<string, readonly string[]>;
  /** id → dependency ids due after it (so it cannot meet its own date). */
  readonly dueBeforeDependency: ReadonlyMap<string, readonly string[]>;
  readonly criticalPath: readonly string[];
}

/** Tarjan's strongly connected components, iteratively (no recursion depth limit on long chains). */
function stronglyConnected(nodes: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const start of nodes.keys()) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = nodes.get(frame.id)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}

export function analyseDependencies(input: readonly GraphNode[]): GraphAnalysis {
  const byId = new Map(input.map((node) => [node.id, node]));
  const missing = new Map<string, string[]>();
  const edges = new Map<string, string[]>();
  for (const node of input) {
    const live = [...new Set(node.dependsOn)].filter((dep) => byId.has(dep)).sort();
    const absent = node.dependsOn.filter((dep) => !byId.has(dep));
    if (absent.length) missing.set(node.id, absent);
    edges.set(node.id, live);
  }
  const cycles = stronglyConnected(edges)
    .filter((component) => component.length > 1 || edges.get(component[0]!)!.includes(component[0]!))
    .map((component) => component.sort());
  const inCycle = new Set(cycles.flat());

  const dueBeforeDependency = new Map<string, string[]>();
  for (const node of input) {
    if (!node.due) continue;
    const late = edges.get(node.id)!.filter((dep) => {
      const due = byId.get(dep)!.due;
      return due !== null && due > node.due!;
    });
    if (late.length) dueBeforeDependency.set(node.id, late);
  }

  // Longest chain over open, acyclic actions, by memoised depth in dependency order.
  const depth = new Map<string, { length: number; next: string | null }>();
  const eligible = (id: string) => byId.get(id)!.open && !inCycle.has(id);
  const order = stronglyConnected(edges).flat(); // Tarjan emits dependencies before dependents
  for (const id of order) {
    if (!eligible(id)) continue;
    let best: { length: number; next: string | null } = { length: 1, next: null };
    for (const dep of edges.get(id)!) {
      const below = eligible(dep) ? depth.get(dep) : undefined;
      if (below && below.length + 1 > best.length) best = { length: below.length + 1, next: dep };
    }
    depth.set(id, best);
  }
  let end: string | null = null;
  for (const [id, { length }] of depth) {
    const current = end === null ? null : depth.get(end)!;
    const due = byId.get(id)!.due ?? '';
    if (!current || length > current.length || (length === current.length && (due > (byId.get(end!)!.due ?? '') || (due === (byId.get(end!)!.due ?? '') && id < end!)))) {
      end = id;
    }
  }
  const criticalPath: string[] = [];
  for (let at = end; at !== null; at = depth.get(at)!.next) criticalPath.unshift(at);
  return { cycles, inCycle, missing, dueBeforeDependency, criticalPath: criticalPath.length > 1 ? criticalPath : [] };
}
