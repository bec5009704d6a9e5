/**
 * The spotting engine's entry point: compiled once from the gazetteer, then used per text block
 * (`findCandidates`) and per page (`resolve`, `toMatch`, `rankStatements`).
 */
import type { CompiledStatement, SpotEntity, SpotGazetteer, StatementRef } from '../data/types.ts';
import { AliasMatcher } from './alias-matcher.ts';
import type { Candidate, Match, PageContext } from './candidate.ts';
import { ContextRules } from './context-rules.ts';
import type { Lexicons } from './lexicon/types.ts';
import { rankStatements } from './rank.ts';
import { resolveCandidates, resolveCandidatesSteps } from './resolve.ts';

export class Spotter {
  readonly gazetteer: SpotGazetteer;
  /** The statements a page's matches are ranked against (`page-text.ts`; may be empty). */
  readonly statements: readonly CompiledStatement[];
  private readonly matcher: AliasMatcher;
  private readonly entities: Map<string, SpotEntity>;
  private readonly rules: ContextRules;

  /**
   * Compiles the gazetteer's aliases into one automaton (a few milliseconds; do it once). `lexicons` are the
   * word lists the context rules read (`LEXICONS` from `lexicon/index.ts`, or the same lists as start data);
   * `statements` (optional) are those a page's matches are ranked against.
   */
  constructor(
    gazetteer: SpotGazetteer,
    lexicons: Lexicons,
    statements: readonly CompiledStatement[] = [],
    matcher: AliasMatcher = new AliasMatcher(gazetteer),
  ) {
    this.gazetteer = gazetteer;
    this.statements = statements;
    this.matcher = matcher;
    this.entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
    this.rules = new ContextRules(gazetteer, lexicons, (text) => this.matcher.find(text));
  }

  /**
   * The same as the constructor, compiled in steps with `pause()` between them (see
   * {@link AliasMatcher.create}): what a content script uses, so no task of ours blocks the page for long.
   */
  static async create(
    gazetteer: SpotGazetteer,
    lexicons: Lexicons,
    statements: readonly CompiledStatement[],
    pause: () => Promise<void>,
  ): Promise<Spotter> {
    return new Spotter(gazetteer, lexicons, statements, await AliasMatcher.create(gazetteer, pause));
  }

  /** The compiled matcher (patterns and raw hits), for tests and benchmarks. */
  get aliasMatcher(): AliasMatcher {
    return this.matcher;
  }

  /**
   * Mentions in one text block, longest first where they overlap, after the rules that read the words
   * around each one (`context-rules.ts`: addresses and compounds, titles of someone else, other people's
   * given names, ambiguous topic words). Offsets are UTF-16 into `text` and
   * `text.slice(c.start, c.end) === c.text`. Linear in the length of `text`.
   */
  findCandidates(text: string): Candidate[] {
    return this.rules.apply(text, this.matcher.find(text));
  }

  /**
   * Applies the page-level rules to all candidates of a page (see `resolve.ts`): sets `entity` and
   * `confidence` on those kept, drops the rest. Order is preserved.
   */
  resolve(candidates: Candidate[], ctx: PageContext): Candidate[] {
    return resolveCandidates(this.gazetteer, candidates, ctx);
  }

  /** {@link resolve} as steps, one `yield` per candidate and loop (the content script runs them in chunks). */
  resolveSteps(candidates: Candidate[], ctx: PageContext): Generator<void, Candidate[]> {
    return resolveCandidatesSteps(this.gazetteer, candidates, ctx);
  }

  /** A resolved candidate as a {@link Match}, or null if it was not resolved to a known entity. */
  toMatch(c: Candidate): Match | null {
    const entity = c.entity ? this.entities.get(c.entity) : undefined;
    if (!entity) return null;
    return {
      entity: entity.id,
      kind: entity.kind,
      via: c.via === 'title' ? 'title' : 'name',
      confidence: c.confidence ?? 'high',
      text: c.text,
      start: c.start,
      end: c.end,
    };
  }

  /** Statement ids relevant to a page, most relevant first. */
  rankStatements(matches: readonly Match[], statements: readonly StatementRef[]): string[] {
    return rankStatements(matches, statements);
  }
}
