import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './schema';

/**
 * A query built and compiled once per database, then run with new values. Kysely builds and compiles every query
 * anew, which costs more than running a small indexed read. `build` must bind exactly its values, in their order:
 * the first compilation, with the distinct `probe` values, checks that. The values are bound as they are given, past
 * Kysely's plugins (on PostgreSQL, NoNulPlugin): give it validated keys and numbers.
 */
export function compiledOnce<V extends readonly unknown[], R>(
  build: (db: Executor, ...values: V) => Compilable<R>,
  probe: V,
): (db: Executor, ...values: V) => CompiledQuery<R> {
  const compiled = new WeakMap<Executor, CompiledQuery<R>>();
  return (db, ...values) => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db, ...probe).compile();
      if (query.parameters.length !== probe.length || query.parameters.some((p, i) => p !== probe[i])) {
        throw new Error(`compiledOnce: the query binds ${JSON.stringify(query.parameters)}, not ${JSON.stringify(probe)}`);
      }
      compiled.set(db, query);
    }
    return { ...query, parameters: values };
  };
}
