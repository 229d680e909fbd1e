import { EventEmitter } from "eventemitter3";
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
 * Creates an {@link EventBus} over eventemitter3. Each bus is independent: two engines in one process never
 * share subscribers.
 *
 * @example
 * ```ts
 * const bus = createEventBus<MarketEvents>();
 * const off = bus.subscribe("status", (e) => console.log(e.venue, e.status));
 * off();
 * ```
 */
export function createEventBus<M extends EventMap>(options: EventBusOptions = {}): EventBus<M> {
  const emitter = new EventEmitter();
  const prefixCache = new Map<string, readonly string[]>();
  const onHandlerError = options.onHandlerError;
  // The first error thrown by a handler during the current publish; NO_ERROR when none. Saved and restored
  // around each publish so that a handler publishing again keeps its own error to itself.
  let pending: unknown = NO_ERROR;

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

  return Object.freeze({
    publish(topic: string, event: object): void {
      const frozen = deepFreeze(event);
      const prefixes = prefixesOf(topic);
      const outer = pending;
      pending = NO_ERROR;
      try {
        // eventemitter3 delivers to the listeners present when each prefix's emit starts.
        for (let p = 0; p < prefixes.length; p++) emitter.emit(prefixes[p] as string, frozen, topic);
      } finally {
        const error = pending;
        pending = outer;
        if (error !== NO_ERROR) throw error;
      }
    },
    subscribe(topic: string, handler: EventHandler<object>): Unsubscribe {
      const guarded = (event: object, published: string): void => {
        try {
          handler(event, published);
        } catch (error) {
          if (onHandlerError !== undefined) onHandlerError(error, published);
          else if (pending === NO_ERROR) pending = error;
        }
      };
      emitter.on(topic, guarded);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        emitter.off(topic, guarded);
      };
    },
    listenerCount(topic: string): number {
      return emitter.listenerCount(topic);
    },
  }) as EventBus<M>;
}

const NO_ERROR: unique symbol = Symbol("no handler error");
