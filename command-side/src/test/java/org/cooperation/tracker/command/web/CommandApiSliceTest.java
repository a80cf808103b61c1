package org.cooperation.tracker.command.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.cooperation.tracker.command.web.WriteEndpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * What every controller's slice ({@link CommandApiSlice}) checks on each write endpoint
 * of {@link WriteEndpoints} its controller maps, with the command gateway mocked: a valid
 * request reaches the controller and is answered 2xx (201 with a Location on the record
 * it made); malformed JSON, a field the request does not know and a body not sent as JSON
 * are the same 400 and 415 problem+json the full application answers; nobody signed in is
 * a 401 problem and a reader a 403 problem; and no refused request sends a command.
 * <p>
 * The slices cover the mapping, the body reading and the error shapes in seconds. What
 * needs the running application stays with the full-context tests on PostgreSQL: the
 * aggregates' rules and their refusals (409, 422, 404), the metadata stamped on events
 * ({@code CommandApiTest}), the bad-input and bad-text sweeps over real HTTP
 * ({@code BadInputTest}), sign-in with passwords and tokens, and which liaison may write
 * which record ({@code WriteAccessTest}).
 */
public abstract class CommandApiSliceTest {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected CommandGateway commands;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * The mock a write of this controller reaches: the command gateway, unless the
	 * controller hands its work to another service (the user accounts, for one).
	 */
	protected Object receiver() {
		return commands;
	}

	/** The table's write endpoints that the controller of this slice maps. */
	protected List<Endpoint> endpoints() {
		Set<String> mapped = mappedWrites();
		return WriteEndpoints.all().stream().filter((endpoint) -> mapped.contains(endpoint.shape())).toList();
	}

	@Test
	void everyWriteTheControllerMapsIsInTheTable() {
		Set<String> tabled = new TreeSet<>(endpoints().stream().map(Endpoint::shape).toList());
		assertThat(tabled).as("the controller maps writes, each in WriteEndpoints")
			.isNotEmpty()
			.isEqualTo(mappedWrites());
	}

	@TestFactory
	Stream<DynamicTest> aValidRequestReachesTheControllerAndIsAnswered2xx() {
		return each(endpoints(), (endpoint) -> {
			String path = WriteEndpoints.withNewIds(endpoint.path());
			MvcResult answer = perform(
					write(endpoint.method(), path, endpoint.user(), MediaType.APPLICATION_JSON, body(endpoint)));
			int status = answer.getResponse().getStatus();
			assertThat(status).as(contentOf(answer)).isBetween(200, 204);
			if (status == 201) {
				assertThat(answer.getResponse().getHeader(HttpHeaders.LOCATION)).as("the record made")
					.startsWith(path.substring(0, path.indexOf('/', "/api/".length()) + 1));
			}
			if (!contentOf(answer).isEmpty()) {
				// what a write answers is JSON; a 201 may name its record in the Location
				// alone
				assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
			}
			assertThat(Mockito.mockingDetails(receiver()).getInvocations()).as("work handed on").isNotEmpty();
		});
	}

	@TestFactory
	Stream<DynamicTest> malformedJsonIsA400Problem() {
		return eachWithBody((endpoint) -> expectProblem(
				write(endpoint, MediaType.APPLICATION_JSON, body(endpoint).substring(0, body(endpoint).length() / 2)),
				400, "Unreadable request body", "not well-formed JSON"));
	}

	@TestFactory
	Stream<DynamicTest> aFieldTheRequestDoesNotKnowIsA400Problem() {
		return eachWithBody((endpoint) -> expectProblem(
				write(endpoint, MediaType.APPLICATION_JSON, body(endpoint).replaceFirst("\\{", "{\"plaice\":1,")), 400,
				"Unreadable request body", "unknown field 'plaice'"));
	}

	@TestFactory
	Stream<DynamicTest> aBodyNotSentAsJsonIsA415Problem() {
		return eachWithBody((endpoint) -> expectProblem(write(endpoint, MediaType.TEXT_PLAIN, body(endpoint)), 415,
				"Unsupported media type", "a request body sent as 'text/plain' is not read here; send it as JSON, "
						+ "with Content-Type: application/json"));
	}

	@TestFactory
	Stream<DynamicTest> nobodySignedInIsA401Problem() {
		return each(endpoints(), (endpoint) -> {
			MvcResult answer = expectProblem(
					request(HttpMethod.valueOf(endpoint.method()), WriteEndpoints.withNewIds(endpoint.path()))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body(endpoint)),
					401, null, "");
			assertThat(answer.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		});
	}

	@TestFactory
	Stream<DynamicTest> aReaderIsRefusedWithA403Problem() {
		return each(endpoints(),
				(endpoint) -> expectProblem(write(endpoint.method(), WriteEndpoints.withNewIds(endpoint.path()),
						"official", MediaType.APPLICATION_JSON, body(endpoint)), 403, "Forbidden", ""));
	}

	/**
	 * Sends the request and checks it is answered with a problem of that status, title
	 * (null: any) and a detail containing the text, and that no command was sent.
	 */
	protected MvcResult expectProblem(MockHttpServletRequestBuilder request, int status, String title, String detail) {
		MvcResult answer = problem(request, status, title, detail);
		assertThat(Mockito.mockingDetails(receiver()).getInvocations()).as("work handed on").isEmpty();
		return answer;
	}

	/**
	 * Sends the request and checks that what the command gateway reported (as stubbed) is
	 * answered with a problem of that status and a detail containing the text.
	 */
	protected MvcResult expectProblemAfterCommand(MockHttpServletRequestBuilder request, int status, String detail) {
		MvcResult answer = problem(request, status, null, detail);
		assertThat(Mockito.mockingDetails(receiver()).getInvocations()).as("work handed on").isNotEmpty();
		return answer;
	}

	private MvcResult problem(MockHttpServletRequestBuilder request, int status, String title, String detail) {
		MvcResult answer = perform(request);
		String body = contentOf(answer);
		assertThat(answer.getResponse().getStatus()).as(body).isEqualTo(status);
		assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(body).contains("\"status\":" + status).doesNotContain("Exception");
		if (title != null) {
			assertThat(body).contains("\"title\":\"" + title + "\"");
		}
		assertThat(body).contains(detail);
		return answer;
	}

	/**
	 * Sends the request and checks it is answered 201 with the Location of the record
	 * made, {@code location} followed by the id the answer names in {@code idField}
	 * (null: {@code location} alone), after sending one command of that type.
	 */
	protected void expectCreated(MockHttpServletRequestBuilder request, String location, String idField,
			Class<?> command) {
		MvcResult created = perform(request);
		String body = contentOf(created);
		assertThat(created.getResponse().getStatus()).as(body).isEqualTo(201);
		String id = (idField != null) ? JsonPath.read(body, "$." + idField) : "";
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(location + id);
		assertThat(created.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
		Mockito.verify(commands).sendAndWait(ArgumentMatchers.isA(command));
	}

	/** A JSON write signed in as that user. */
	protected MockHttpServletRequestBuilder json(String method, String path, String user, String body) {
		return write(method, path, user, MediaType.APPLICATION_JSON, body);
	}

	/** A write signed in as the endpoint's own user, with new ids in its path. */
	protected MockHttpServletRequestBuilder write(Endpoint endpoint, MediaType contentType, String body) {
		return write(endpoint.method(), WriteEndpoints.withNewIds(endpoint.path()), endpoint.user(), contentType, body);
	}

	protected MockHttpServletRequestBuilder write(String method, String path, String user, MediaType contentType,
			String body) {
		return request(HttpMethod.valueOf(method), path).with(SliceCallers.signedInAs(user))
			.contentType(contentType)
			.content(body);
	}

	protected MvcResult perform(MockHttpServletRequestBuilder request) {
		Mockito.clearInvocations(receiver());
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new AssertionError("the slice could not handle the request", ex);
		}
	}

	protected static String contentOf(MvcResult answer) {
		try {
			return answer.getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static String body(Endpoint endpoint) {
		return (endpoint.body() != null) ? WriteEndpoints.withNewIds(endpoint.body()) : "";
	}

	private Stream<DynamicTest> eachWithBody(Consumer<Endpoint> check) {
		return each(endpoints().stream().filter((endpoint) -> endpoint.body() != null).toList(), check);
	}

	private static Stream<DynamicTest> each(List<Endpoint> endpoints, Consumer<Endpoint> check) {
		return endpoints.stream()
			.map((endpoint) -> DynamicTest.dynamicTest(endpoint.label(), () -> check.accept(endpoint)));
	}

	private Set<String> mappedWrites() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (pattern.startsWith("/api/") && method != RequestMethod.GET && method != RequestMethod.HEAD) {
						mapped.add(WriteEndpoints.shape(method.name() + " " + pattern));
					}
				}
			}
		}
		return mapped;
	}

}
