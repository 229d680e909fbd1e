import { deepFreeze } from "./deepFreeze";

/** Maps each topic kind (the part before the first `:`) to the event type published under it. */
export type EventMap = { readonly [kind: string]: object };

/**
 * A topic: a kind alone (every event of that kind) or a kind followed by `:`-separated keys, e.g.
 * `book:coinbase:BTC-USD`. Build topics with the functions in `topics` rather than by hand.
 */
export type Topic<M extends EventMap> = (keyof M & string) | `${keyof M & string}:${string}`;

/** The event type carried by a topic. */
export type EventOf<M extends EventMap, T extends string> = T extends `${infer K}:${string}`
  ? K extends keyof M
    ? M[K]
    : never
  : T extends keyof M
    ? M[T]
    : never;

/** Removes a subscription. Idempotent. */
export type Unsubscribe = () => void;

/** A subscriber. `topic` is the full topic the event was published on. */
export type EventHandler<E> = (event: E, topic: string) => void;

/** Options for {@link createEventBus}. */
export interface EventBusOptions {
  /**
   * Called when a handler throws; the remaining handlers still run.
   * @default rethrow the first error once every handler has run
   */
  readonly onHandlerError?: (error: unknown, topic: string) => void;
}

/**
 * A typed publish/subscribe bus. Publishing on `a:b:c` delivers to subscribers of `a`, `a:b` and `a:b:c`,
 * in that order. Events are deep-frozen (plain objects and arrays) before delivery, so no subscriber can
 * change what another sees.
 */
export interface EventBus<M extends EventMap> {
  /** Freezes `event` and delivers it synchronously to every matching subscriber. */
  publish<T extends Topic<M>>(topic: T, event: EventOf<M, T>): void;
  /** Subscribes to a topic or any prefix of it; returns the function that unsubscribes. */
  subscribe<T extends Topic<M>>(topic: T, handler: EventHandler<EventOf<M, T>>): Unsubscribe;
  /** Number of handlers on exactly this topic (not its prefixes). */
  listenerCount(topic: Topic<M>): number;
}

/**
 * Creates an {@link EventBus}. Each bus is independent: two engines in one process never share subscribers.
 *
 * @example
 * ```ts
 * const bus = createEventBus<MarketEvents>();
 * const off = bus.subscribe("status", (e) => console.log(e.venue, e.status));
 * off();
 * ```
 */
export function createEventBus<M extends EventMap>(options: EventBusOptions = {}): EventBus<M> {
  // Per topic, the handlers in subscription order. Copy-on-write: (un)subscribing replaces the array, so a
  // delivery in progress keeps iterating the handlers it started with, and publishing allocates nothing.
  const handlersOf = new Map<string, readonly EventHandler<object>[]>();
  const prefixCache = new Map<string, readonly string[]>();
  const onHandlerError = options.onHandlerError;

  const prefixesOf = (topic: string): readonly string[] => {
    let prefixes = prefixCache.get(topic);
    if (prefixes === undefined) {
      const parts = topic.split(":");
      prefixes = parts.map((_, i) => parts.slice(0, i + 1).join(":"));
      // Topics are built from configured venues and instruments, so the cache stays small.
      prefixCache.set(topic, prefixes);
    }
    return prefixes;
  };

  const setHandlers = (topic: string, handlers: readonly EventHandler<object>[]): void => {
    if (handlers.length === 0) handlersOf.delete(topic);
    else handlersOf.set(topic, handlers);
  };

  return Object.freeze({
    publish(topic: string, event: object): void {
      const frozen = deepFreeze(event);
      const prefixes = prefixesOf(topic);
      let firstError: unknown;
      for (let p = 0; p < prefixes.length; p++) {
        // Read per prefix, as delivery reaches it: a handler (un)subscribed by an earlier one is honoured.
        const handlers = handlersOf.get(prefixes[p] as string);
        if (handlers === undefined) continue;
        for (let h = 0; h < handlers.length; h++) {
          try {
            (handlers[h] as EventHandler<object>)(frozen, topic);
          } catch (error) {
            if (onHandlerError === undefined) firstError ??= error;
            else onHandlerError(error, topic);
          }
        }
      }
      if (firstError !== undefined) throw firstError;
    },
    subscribe(topic: string, handler: EventHandler<object>): Unsubscribe {
      setHandlers(topic, [...(handlersOf.get(topic) ?? []), handler]);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        const current = handlersOf.get(topic) ?? [];
        const at = current.indexOf(handler);
        if (at >= 0) setHandlers(topic, [...current.slice(0, at), ...current.slice(at + 1)]);
      };
    },
    listenerCount(topic: string): number {
      return handlersOf.get(topic)?.length ?? 0;
    },
  }) as EventBus<M>;
}
