package org.cooperation.tracker.command.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.cooperation.tracker.accounts.AccountChangeNotifications;
import org.cooperation.tracker.accounts.AccountsSchema;
import org.cooperation.tracker.accounts.BuiltInUsers;
import org.cooperation.tracker.accounts.UserAccounts;
import org.cooperation.tracker.access.AccessSchema;
import org.cooperation.tracker.access.guard.BucketStore;
import org.cooperation.tracker.access.signin.RememberedCredentials;
import org.cooperation.tracker.testing.EnglishByDefault;
import org.cooperation.tracker.testing.SecurityConfigurations;

/**
 * A {@code @WebMvcTest} slice of the command API: the named controllers with the real web
 * layer around them (the problem answers, the If-Match and media-type checks, the body
 * and query limits, the correlation id) and the real security configuration (the command
 * side's filter chain built by the access module's {@code SignIn}), on no database.
 * <p>
 * What needs the database is stood in for: the rate-limit buckets (a store that always
 * has a token; the limits are {@code RateLimitTest}'s), the access and accounts tables'
 * migrations, the accounts' change notifications, and the built-in accounts (callers are
 * signed in by Spring Security Test with the authorities {@link SliceCallers} gives, as
 * the accounts would). The command gateway is {@link CommandApiSliceTest}'s mock. One
 * annotation for every slice, so slices of the same controllers share one application
 * context. Requests ask for English answers unless they name a language
 * ({@link EnglishByDefault}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = SecurityConfigurations.class))
@Import(EnglishByDefault.class)
@MockitoBean(types = { AccessSchema.class, BucketStore.class, RememberedCredentials.class, AccountsSchema.class,
		BuiltInUsers.class, UserAccounts.class, AccountChangeNotifications.class })
public @interface CommandApiSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
