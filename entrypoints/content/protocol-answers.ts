/**
 * The content script's side of lib/messaging/protocol.ts: answers the popup's and background's questions about
 * this page, and reports what was found. Replies go through `sendResponse` (WXT 0.20 has no promise-returning
 * listeners); unknown or malformed messages are left for other listeners.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type EntityCounts,
  fail,
  ok,
  type PageSummary,
  parseToContent,
} from '../../lib/messaging/protocol.ts';

export interface PageAnswers {
  summary(): PageSummary;
  /** Promises: the keyboard walk comes with the late stage (keyboard-walk.ts). */
  nextMark(
    direction: 1 | -1,
    entity?: string,
  ): Promise<{ index: number; total: number; entity: string } | null>;
  nextQuote(
    direction: 1 | -1,
    statement?: string,
  ): Promise<{ index: number; total: number; statement: string } | null>;
  setMarks(on: boolean): boolean;
  toggleMarks(): boolean;
}

const ACCEPTED = [
  'page:summary',
  'page:next-mark',
  'page:next-quote',
  'page:set-marks',
  'page:toggle-marks',
] as const;

/**
 * Answers the protocol in this frame. A tab-wide `tabs.sendMessage` reaches every frame and the first answer
 * wins, so only the top frame answers; embedded frames still follow "marks on/off" silently, so the whole tab
 * agrees.
 */
export function listenForMessages(ctx: ContentScriptContext, answers: PageAnswers, topFrame: boolean): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const msg = parseToContent(raw, ACCEPTED);
    if (!msg) return false;
    if (!topFrame) {
      if (msg.type === 'page:set-marks') answers.setMarks(msg.on);
      if (msg.type === 'page:toggle-marks') answers.toggleMarks();
      return false;
    }
    /** Answers once `value` settles (the keyboard walk may be loading); `none` when it comes to nothing. */
    const later = (value: Promise<unknown>, none: string) =>
      value.then(
        (at) => sendResponse(at ? ok(at) : fail(none)),
        (err: Error) => sendResponse(fail(err.message)),
      );
    try {
      switch (msg.type) {
        case 'page:summary':
          sendResponse(ok(answers.summary()));
          break;
        case 'page:next-mark':
          later(answers.nextMark(msg.direction, msg.entity), 'No mark on this page.');
          break;
        case 'page:next-quote':
          later(
            answers.nextQuote(msg.direction, msg.statement),
            'No sentence on this page reports that statement.',
          );
          break;
        case 'page:set-marks':
          sendResponse(ok({ marking: answers.setMarks(msg.on) }));
          break;
        case 'page:toggle-marks':
          sendResponse(ok({ marking: answers.toggleMarks() }));
          break;
      }
    } catch (err) {
      sendResponse(fail((err as Error).message));
    }
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Tells the background what this frame found (it shows the count on the toolbar button). */
export function reportMatches(counts: EntityCounts): void {
  browser.runtime.sendMessage({ type: 'page:matches', counts }).catch(() => {
    // The background may be restarting (MV3 service worker); the popup asks again with page:summary.
  });
}
