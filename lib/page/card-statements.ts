/**
 * Which statements a mark's card shows: those whose speaker, entities or topics include the marked entity,
 * most relevant to this page first (the spotter's page ranking), then in the report's order. Two or three fit
 * in a card; the popup's search shows the rest.
 */
import type { CompiledStatement } from '../data/types.ts';

/** True when the statement is by, or about, `entity`. */
export const concerns = (s: CompiledStatement, entity: string): boolean =>
  s.speaker === entity || s.entities.includes(entity) || s.topics.includes(entity);

/**
 * Up to `limit` statements for `entity`. `pageRanking` lists statement ids, most relevant to the page first;
 * statements it does not list come after, in the report's order.
 */
export function statementsFor(
  entity: string,
  statements: readonly CompiledStatement[],
  pageRanking: readonly string[],
  limit = 3,
): CompiledStatement[] {
  const rank = new Map(pageRanking.map((id, i) => [id, i]));
  const order = new Map(statements.map((s, i) => [s.id, i]));
  const score = (s: CompiledStatement) => rank.get(s.id) ?? pageRanking.length + (order.get(s.id) ?? 0);
  // The entity's own words first: a card for Lukashenko opens with what Lukashenko said.
  const own = (s: CompiledStatement) => (s.speaker === entity ? 0 : 1);
  return statements
    .filter((s) => concerns(s, entity))
    .sort((a, b) => own(a) - own(b) || score(a) - score(b))
    .slice(0, limit);
}
