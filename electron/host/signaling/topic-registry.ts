/** Topic name → its subscribers. A topic with no subscriber is deleted, so the map never outgrows the live rooms. */
export class TopicRegistry<Subscriber> {
  readonly #topics = new Map<string, Set<Subscriber>>();

  subscribe(topic: string, subscriber: Subscriber): void {
    let subscribers = this.#topics.get(topic);
    if (!subscribers) this.#topics.set(topic, (subscribers = new Set()));
    subscribers.add(subscriber);
  }

  unsubscribe(topic: string, subscriber: Subscriber): void {
    const subscribers = this.#topics.get(topic);
    if (!subscribers) return;
    subscribers.delete(subscriber);
    if (subscribers.size === 0) this.#topics.delete(topic);
  }

  subscribers(topic: string): ReadonlySet<Subscriber> {
    return this.#topics.get(topic) ?? new Set();
  }

  get size(): number {
    return this.#topics.size;
  }
}
