package org.cooperation.tracker.access.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.cooperation.tracker.access.language.Languages;

/**
 * The container's own error answers as problem+json. Tomcat refuses some requests before
 * any application code runs (an encoded '/' or '\', a NUL byte or invalid UTF-8 in the
 * address, a malformed request line); it then writes its error report here instead of its
 * HTML page. Nothing of the request or of the server is quoted back.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				Locale language = Languages.accepted(request);
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.supported(language).toLanguageTag());
				writer.write(problem(status, language));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the answer was begun elsewhere; nothing more to say.
		}
	}

	/** The statuses whose reason phrase the problems bundles word. */
	static final Set<Integer> WORDED_STATUSES = Set.of(400, 401, 403, 404, 405, 406, 408, 409, 411, 413, 414, 415, 422,
			429, 431, 500, 501, 503, 505);

	/**
	 * The problem in the language of the request's Accept-Language: no locale resolver of
	 * the application is reached from here, and the bundle is read directly.
	 */
	static String problem(int status, Locale language) {
		String title = ProblemTexts.withoutContext(
				WORDED_STATUSES.contains(status) ? "problem.status." + status : "problem.status.other", language);
		String detail = ProblemTexts.withoutContext(
				(status >= 500) ? "problem.detail.container.internal" : "problem.detail.container.refused", language);
		return "{\"type\":\"about:blank\",\"title\":" + quoted(title) + ",\"status\":" + status + ",\"detail\":"
				+ quoted(detail) + "}";
	}

	/** A JSON string: the bundles' texts hold quotes and backslashes. */
	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
