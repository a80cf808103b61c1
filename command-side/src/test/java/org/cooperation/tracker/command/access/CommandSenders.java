package org.cooperation.tracker.command.access;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Who sends the commands of an aggregate test. Rule tests send each command as a caller
 * who may send it, so they keep testing the rules behind the access checks; access tests
 * name the caller of a command themselves, or send one naming no caller at all.
 */
public final class CommandSenders {

	public static final Caller SECRETARIAT = Caller.of("secretariat", Role.SECRETARIAT);

	public static final Caller OFFICIAL = Caller.of("official", Role.OFFICIAL);

	public static final Caller AUDITOR = Caller.of("auditor", Role.AUDITOR);

	public static final Caller ADMIN = Caller.of("admin", Role.ADMIN);

	/** The demo loader, which passes every check: for rules no user can reach. */
	public static final Caller LOADER = Caller.of("demo-data", Role.SYSTEM);

	private CommandSenders() {
	}

	/** The demo account of a country's liaison, e.g. {@code liaison-kg}. */
	public static Caller liaisonOf(Country country) {
		return Caller.liaison("liaison-" + country.name().toLowerCase(Locale.ROOT), country);
	}

	/**
	 * The liaison of the country a command names as its {@code country}, the one who
	 * sends it in the demo; {@code otherwise} for a command that names no country.
	 */
	public static Caller liaisonOfItsCountry(Object command, Caller otherwise) {
		return Stream.of(command.getClass().getRecordComponents())
			.filter((component) -> component.getName().equals("country"))
			.map((component) -> liaisonOf((Country) invoke(component.getAccessor(), command)))
			.findFirst()
			.orElse(otherwise);
	}

	/** The liaison of the country a command names as its {@code country}. */
	public static Caller liaisonOfItsCountry(Object command) {
		Caller liaison = liaisonOfItsCountry(command, null);
		if (liaison == null) {
			throw new IllegalArgumentException(command + " names no country");
		}
		return liaison;
	}

	private static Object invoke(Method accessor, Object command) {
		try {
			return accessor.invoke(command);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read the country of " + command, ex);
		}
	}

	/** Metadata naming the caller: {@code fixture.when(command, as(liaisonOf(KG)))}. */
	public static Map<String, ?> as(Caller caller) {
		return caller.toMetaData();
	}

	/**
	 * Makes every command the fixture sends name the caller {@code whoMay} gives for it,
	 * unless the test names one itself.
	 */
	public static <T> AggregateTestFixture<T> sentBy(AggregateTestFixture<T> fixture, Function<Object, Caller> whoMay) {
		MessageDispatchInterceptor<CommandMessage<?>> stamp = (
				messages) -> (index, command) -> command.getMetaData().containsKey(EventMetadata.ACTOR) ? command
						: command.andMetaData(whoMay.apply(command.getPayload()).toMetaData());
		fixture.registerCommandDispatchInterceptor(stamp);
		return fixture;
	}

}
