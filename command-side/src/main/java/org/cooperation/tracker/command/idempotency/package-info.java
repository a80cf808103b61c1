/**
 * Idempotent retries of writes: an {@code Idempotency-Key} claimed inside the unit of
 * work of the write's command, in the transaction its events are appended in, and the
 * first answer filed in that transaction too and replayed to every retry.
 * <p>
 * How: the filter ({@link org.cooperation.tracker.command.idempotency.IdempotentRetries})
 * replays an answered key from one read, with no transaction. Otherwise the command
 * carries the key and the request's fingerprint in its metadata, and begins the request's
 * transaction when it is sent
 * ({@link org.cooperation.tracker.command.idempotency.KeyOnCommands}); a handler
 * interceptor ({@link org.cooperation.tracker.command.idempotency.KeyClaim}) claims the
 * key with {@code INSERT ... ON CONFLICT DO NOTHING} before the command is handled, so a
 * concurrent duplicate waits on the key's row and then gets the first answer instead of
 * running.
 * <p>
 * Why the transaction ends after the controller rather than with the unit of work: the
 * answer filed is the HTTP answer itself (status, the headers that describe it, body),
 * and controllers build it from ids they make as well as from the command's result, so it
 * exists only once the controller has returned. Filing it in a second transaction would
 * let a crash between the two leave a command recorded under a key with no answer for its
 * retry. What the longer transaction would cost, Axon's record lock released before the
 * commit (the next command on the record loading it without this one's events), is
 * prevented by holding that lock until the request's transaction ends.
 */
package org.cooperation.tracker.command.idempotency;
