package org.cooperation.tracker.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection writes and no other projection does: what a replay of its
 * processing group rebuilds beside the live ones, compares with them and switches to.
 * Every {@code rm_} table belongs to exactly one projection (a test checks), so a new
 * table cannot be left out of a replay.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

	/** The tables, unqualified, parents before children. */
	String[] value();

}
