/**
 * UUIDv7 (RFC 9562) made in SQL for set-based inserts of many rows: 48 bits of Unix
 * milliseconds, then a 24-bit per-statement counter (method 1, "fixed-length dedicated
 * counter"), then 50 random bits. Ids made this way grow with the instant and the counter, so a
 * million-row insert appends at the right edge of every index holding the id instead of writing
 * a random B-tree page per row (random v4 ids made such inserts about twice as slow).
 *
 * The id is two 64-bit integers put together as bytes (`int8send`): about 0.3 µs an id where
 * formatting hex text (`to_hex`, `lpad`, concatenation) took 1.1 µs, which a deadline sweep
 * writing four ids per overdue filing felt (3.5 M ids). `random()` is PostgreSQL's PRNG, not
 * `gen_random_uuid()`'s CSPRNG (2.4 µs an id here): these ids need to be unique, not secret.
 */

/**
 * The SQL expression of one id: `instant` a timestamptz expression (a parameter, or
 * `clock_timestamp()` so ids of later statements sort after), `counter` a bigint expression that
 * numbers the statement's rows from 1 (e.g. `row_number() over ()`), below 2^24.
 */
export function uuidv7Sql(instant: string, counter: string): string {
  // high 64 bits: unix_ts_ms (48) | version 7 (4) | counter's high 12 bits (rand_a)
  // low 64 bits: variant 0b10 (2) | counter's low 12 bits | 50 random bits (rand_b)
  return `encode(int8send(((extract(epoch from ${instant}) * 1000)::bigint << 16) | 28672 | ((${counter}) >> 12 & 4095))
    || int8send((-9223372036854775808)::bigint | (((${counter}) & 4095) << 50) | floor(random() * 1125899906842624)::bigint), 'hex')::uuid`;
}
