package org.cooperation.tracker.access.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in the place of Tomcat's HTML error report, so that
 * even a request Tomcat refuses before the application sees it is answered as
 * problem+json. Ordered after Spring Boot's own Tomcat settings, which add an HTML report
 * valve this replaces.
 */
@Component
public class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				host.addValve(new ProblemReportValve());
			}
		});
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
