import type { Issue, PathPart } from '../validation/shape';
import { HOST_METHODS, type ArgSlot, type HostArgs, type HostMethodName, type HostResult } from './host-methods';

/**
 * Checking one bridge call against the method table. Every adapter calls these two functions and
 * nothing else to decide whether a call or an answer is well-formed, so a refusal reads the same
 * word for word in Electron and in browser mode, on the renderer's side and on the host's:
 *   "tandem:start-hosting: port: expected a whole number, found the text "4444"."
 */

/** A call the bridge refuses: wrong argument count or shape, a foreign sender, an unframed request. */
export class HostRefusal extends Error {
  override readonly name = 'HostRefusal';
}

/** `options.extensions[0]` */
function where(path: readonly PathPart[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function refusal(channel: string, issues: readonly Issue[]): HostRefusal {
  return new HostRefusal(`${channel}: ${issues.map((issue) => `${where(issue.path)}: ${issue.message}`).join('; ')}.`);
}

/** The arguments of a call to `name`, refused unless they are exactly what the table declares. */
export function checkArgs<K extends HostMethodName>(name: K, args: readonly unknown[]): HostArgs<K> {
  const { channel, args: slots } = HOST_METHODS[name];
  const declared: readonly ArgSlot[] = slots;
  if (args.length !== declared.length) throw new HostRefusal(`${channel}: expected ${declared.length} argument(s), got ${args.length}.`);
  const issues: Issue[] = [];
  declared.forEach((slot, index) => slot.shape.check(args[index], [slot.name], issues));
  if (issues.length > 0) throw refusal(channel, issues);
  // Each slot's shape accepts exactly its declared type (host-methods.ts), and every slot passed.
  return args as HostArgs<K>;
}

/** A host's answer to `name`, refused unless it has the table's shape. */
export function checkResult<K extends HostMethodName>(name: K, value: unknown): HostResult<K> {
  const { channel, result } = HOST_METHODS[name];
  const issues: Issue[] = [];
  result.shape.check(value, ['answer'], issues);
  if (issues.length > 0) throw refusal(channel, issues);
  // As above: the answer passed the shape that stands for HostResult<K>.
  return (result.normalize ? result.normalize(value) : value) as HostResult<K>;
}
