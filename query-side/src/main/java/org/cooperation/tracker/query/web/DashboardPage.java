package org.cooperation.tracker.query.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders dashboard pages, next to its feature's REST API in the
 * same package. The page-only advice (the error page instead of a JSON problem, the
 * signed-in caller in the header) selects its controllers by this mark: a package no
 * longer tells pages from endpoints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DashboardPage {

}
