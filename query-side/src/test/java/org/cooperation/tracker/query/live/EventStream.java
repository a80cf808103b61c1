package org.cooperation.tracker.query.live;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One page's view of {@code GET /live}, as a browser's EventSource reads it: the lines of
 * the stream, parsed into named events with their data. Reading costs no thread of its
 * own: the HTTP client calls back as lines arrive.
 */
final class EventStream implements Flow.Subscriber<String> {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A dispatched event: its name and its data. */
	record Event(String name, String data) {
	}

	final List<Event> events = new CopyOnWriteArrayList<>();

	private final Consumer<Event> onEvent;

	private volatile int status;

	private volatile boolean opened;

	private volatile boolean ended;

	private volatile Flow.Subscription subscription;

	private String name;

	private StringBuilder data;

	private EventStream(Consumer<Event> onEvent) {
		this.onEvent = onEvent;
	}

	/** Opens the stream with the session's cookie; events are handed to onEvent too. */
	static EventStream open(HttpClient client, int port, String sessionCookie, Consumer<Event> onEvent) {
		EventStream stream = new EventStream(onEvent);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live"))
			.header("Accept", "text/event-stream")
			.header("Cookie", sessionCookie)
			.build();
		client.sendAsync(request, (info) -> {
			stream.status = info.statusCode();
			return HttpResponse.BodySubscribers.fromLineSubscriber(stream);
		}).whenComplete((response, failure) -> stream.ended = true);
		return stream;
	}

	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Signs in through the dashboard's form, as a browser does, and answers the session
	 * cookie: one password check, however many streams then use the session.
	 */
	static String signIn(int port, String user, String password) {
		return signedIn(port, user, password, null).header("Set-Cookie").split(";")[0];
	}

	/**
	 * The answer to signing in through the form, in the session a cookie names (null for
	 * a new one).
	 */
	static RawHttp.Reply signedIn(int port, String user, String password, String cookie) {
		RawHttp http = new RawHttp(port);
		RawHttp.Request login = http.request("GET", "/login");
		RawHttp.Reply form = ((cookie != null) ? login.header("Cookie", cookie) : login).send();
		String before = (form.header("Set-Cookie") != null) ? sessionCookie(form.header("Set-Cookie")) : cookie;
		Matcher token = CSRF_TOKEN.matcher(form.body());
		assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
		RawHttp.Reply signedIn = http.request("POST", "/login")
			.header("Cookie", before)
			.body("application/x-www-form-urlencoded",
					("username=" + user + "&password=" + password + "&_csrf="
							+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8))
			.send();
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		assertThat(signedIn.header("Set-Cookie")).startsWith("JSESSIONID=");
		return signedIn;
	}

	private static String sessionCookie(String setCookie) {
		assertThat(setCookie).startsWith("JSESSIONID=");
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	/** Whether the server has answered and sent the stream's first line. */
	boolean opened() {
		return opened;
	}

	boolean ended() {
		return ended;
	}

	int status() {
		return status;
	}

	List<Event> named(String eventName) {
		return events.stream().filter((event) -> eventName.equals(event.name())).toList();
	}

	void close() {
		Flow.Subscription current = subscription;
		if (current != null) {
			current.cancel();
		}
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	/** The event-stream format: fields up to a blank line, which dispatches the event. */
	@Override
	public void onNext(String line) {
		opened = true;
		if (line.isEmpty()) {
			if (data != null) {
				Event event = new Event((name != null) ? name : "message", data.toString());
				events.add(event);
				onEvent.accept(event);
			}
			name = null;
			data = null;
		}
		else if (line.startsWith("event:")) {
			name = line.substring("event:".length()).strip();
		}
		else if (line.startsWith("data:")) {
			String value = line.substring("data:".length());
			value = value.startsWith(" ") ? value.substring(1) : value;
			data = (data == null) ? new StringBuilder(value) : data.append('\n').append(value);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		ended = true;
	}

	@Override
	public void onComplete() {
		ended = true;
	}

}
