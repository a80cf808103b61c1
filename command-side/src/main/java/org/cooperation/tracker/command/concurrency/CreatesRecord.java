package org.cooperation.tracker.command.concurrency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that records something new. The new record has no version yet, so an
 * If-Match naming one is refused (400) rather than ignored: the client believes it guards
 * something it does not. {@code If-Match: *} is accepted.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CreatesRecord {

}
