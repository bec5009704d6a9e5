/**
 * A typed receiver for {@link Message}s: validates every incoming message with {@link parseMessage}, hands the
 * well-formed ones to their handler, and always answers with a {@link Reply}. Unknown or malformed messages are
 * dropped, logged with {@link LOG_PREFIX} (their type only, never their content, which may be page text) and
 * answered `{ ok: false }`. Browser-free: the entrypoint passes the result to `runtime.onMessage.addListener`.
 */
import { fail, type Message, type MessageType, ok, parseMessage, type Reply } from './protocol.ts';

/** Every log line of the extension starts with this, so users and tests can find ours among the page's. */
export const LOG_PREFIX = '[inline-context]';

/** What a handler needs to know about the sender (a subset of `runtime.MessageSender`). */
export interface SenderInfo {
  tab?: { id?: number; url?: string };
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The sending document (Chromium only): a target that cannot be a newer document in the same frame. */
  documentId?: string;
  url?: string;
}

export type Handlers<T extends MessageType, S extends SenderInfo> = {
  [K in T]: (message: Extract<Message, { type: K }>, sender: S) => unknown;
};

/** A `runtime.onMessage` listener: returns `true` to keep the channel open for the asynchronous reply. */
export type Listener<S extends SenderInfo> = (
  raw: unknown,
  sender: S,
  sendResponse: (reply: Reply<unknown>) => void,
) => true;

/** Describes a dropped message for the log without its content. */
export function describeMessage(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'type' in raw && typeof raw.type === 'string') {
    return `type "${raw.type.slice(0, 40)}"`;
  }
  return Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`;
}

/**
 * Builds a listener that accepts only `types`. Handlers may return a value or a promise; a thrown error
 * becomes `{ ok: false, error }` for the sender instead of an unhandled rejection.
 */
export function createReceiver<T extends MessageType, S extends SenderInfo>(
  types: readonly T[],
  handlers: Handlers<T, S>,
  log: (line: string) => void = console.warn,
): Listener<S> {
  return (raw, sender, sendResponse) => {
    const message = parseMessage(raw, types);
    if (!message) {
      log(`${LOG_PREFIX} dropped an unknown or malformed message (${describeMessage(raw)})`);
      sendResponse(fail('Unknown or malformed message.'));
      return true;
    }
    const handler = handlers[message.type as T] as (m: typeof message, s: S) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value) => sendResponse(ok(value ?? null)),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          log(`${LOG_PREFIX} ${message.type} failed: ${reason}`);
          sendResponse(fail(reason));
        },
      );
    return true;
  };
}
