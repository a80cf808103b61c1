package org.cooperation.tracker.query.access;

import org.springframework.boot.test.context.SpringBootTest;

import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.testing.ApplicationOverHttp;

/**
 * The query side serving real HTTP on its own database, with the user accounts the
 * command side would have made (an official and an admin, {@code demo-<name>}); the rate
 * limits are out of the way. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
public abstract class QuerySideOverHttp extends ApplicationOverHttp {

	static {
		CommandSideTables.create(DATABASE);
	}

}
