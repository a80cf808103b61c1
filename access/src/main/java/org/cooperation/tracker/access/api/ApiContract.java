package org.cooperation.tracker.access.api;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.core.converter.AnnotatedType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * Completes both applications' OpenAPI documents from what the code does, so that they do
 * not drift from it: the two ways to sign in (HTTP Basic with a built-in account, a
 * bearer JWT of the identity provider) required by every operation; the problem+json
 * answers every operation can give, with their schema; {@code application/json} where
 * springdoc says {@code *&#47;*}; and a field that is not of a primitive Java type may be
 * null (the tracker writes nulls rather than leave fields out), while a primitive one is
 * always there.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiContract implements OpenApiCustomizer, OperationCustomizer, PropertyCustomizer {

	/** HTTP Basic with a built-in account. */
	public static final String BASIC = "basicAuth";

	/** A bearer token of the ministry's identity provider. */
	public static final String BEARER = "bearerJwt";

	/** The RFC 9457 problem every refusal is. */
	public static final String PROBLEM = "Problem";

	private static final String SPRING_PROBLEM = "ProblemDetail";

	private static final String LOCALIZED_TEXT = "LocalizedText";

	private static final String JACKSON_NODE = "JsonNode";

	private static final String JSON_VALUE = "JsonValue";

	static final String PROBLEM_JSON = "application/problem+json";

	static final String JSON = "application/json";

	private static final String REF = "#/components/schemas/";

	private static final Map<String, String> EVERY_OPERATION = answers("400",
			"Malformed request: a path variable, query parameter (unknown, repeated or malformed), header or body "
					+ "the tracker does not read; the detail names it",
			"401", "Not signed in, or the credentials or token were not accepted (with a WWW-Authenticate challenge)",
			"403", "Signed in, but this role or country may not do this", "406",
			"The Accept header admits no type this operation answers in", "429",
			"Too many requests or refused sign-ins; wait for the seconds Retry-After says", "503",
			"The database cannot be reached for the moment; try again later");

	private static final Map<String, String> EVERY_WRITE = answers("409",
			"The recorded state does not allow this; the detail says the state and the rule", "413",
			"The body is larger than the tracker reads", "415",
			"The body is not application/json, or names no concrete media type");

	private static final Map<String, String> WITH_IDEMPOTENCY_KEY = answers("422",
			"The Idempotency-Key was used for a different request, or is still in use");

	private static final Map<String, String> WITH_PATH = answers("404", "Nothing is recorded under that id");

	@Override
	public void customise(OpenAPI document) {
		document.getComponents()
			.addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A built-in account (tracker.access.sign-in=BUILT_IN, the default)"))
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("An access token of the ministry's OpenID Connect identity provider, signed RS256, "
						+ "with exp and iat (tracker.access.sign-in=JWT)"))
			.addSchemas(PROBLEM, problem());
		document
			.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
		if (document.getPaths() != null) {
			document.getPaths().values().forEach(ApiContract::concreteMediaTypes);
		}
		// Spring's ProblemDetail as springdoc sees it (with a "properties" map the JSON
		// never has) gives way to the Problem schema above.
		document.getComponents().getSchemas().remove(SPRING_PROBLEM);
		// A stored payload is any JSON: named so, not after the library class that holds
		// it.
		Schema<?> anyJson = document.getComponents().getSchemas().remove(JACKSON_NODE);
		if (anyJson != null) {
			document.getComponents().addSchemas(JSON_VALUE, anyJson.description("Any JSON value, as it was stored"));
			document.getComponents().getSchemas().values().forEach(ApiContract::renameJsonNode);
		}
		Map<String, Schema> schemas = document.getComponents().getSchemas();
		if (schemas != null && schemas.get(LOCALIZED_TEXT) != null) {
			// The story's words, as the protocol's parties write them.
			Schema<?> localized = schemas.get(LOCALIZED_TEXT);
			localized
				.description("A text in Kazakh (kk), Russian (ru) and/or English (en); at least one. Each language "
						+ "holds at most " + Checks.MAX_TEXT_LENGTH + " characters, a title's at most "
						+ Checks.MAX_LINE_LENGTH + " on one line")
				.example(new TreeMap<>(Map.of("kk", "Орталық Азияның мәдени күнтізбесі", "ru",
						"Культурный календарь Центральной Азии", "en", "Central Asian cultural calendar")));
			if (localized.getProperties() != null) {
				// What LocalizedText's constructor checks each language with.
				localized.getProperties().values().forEach((text) -> text.setMaxLength(Checks.MAX_TEXT_LENGTH));
			}
		}
		if (schemas != null && document.getPaths() != null) {
			Set<String> answered = reachable(document, schemas, false);
			Set<String> asked = reachable(document, schemas, true);
			schemas.forEach((name, schema) -> {
				if (!PROBLEM.equals(name)) {
					nullableReferences(schema, schemas, answered.contains(name) && !asked.contains(name));
				}
			});
		}
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		boolean write = mapping != null && Arrays.stream(mapping.method())
			.anyMatch((method) -> method != RequestMethod.GET && method != RequestMethod.HEAD);
		problems(responses, EVERY_OPERATION);
		if (write) {
			problems(responses, EVERY_WRITE);
		}
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			problems(responses, WITH_PATH);
		}
		return operation;
	}

	@Override
	public Schema customize(Schema property, AnnotatedType type) {
		if (type != null && type.getType() instanceof JavaType java && java.isPrimitive()) {
			return property;
		}
		if (type != null && type.getType() instanceof Class<?> raw && raw.isPrimitive()) {
			return property;
		}
		if (property != null && !required(type)) {
			property.setNullable(true);
		}
		return property;
	}

	/** Whether the property's declaration says it is required (so null is refused). */
	private static boolean required(AnnotatedType type) {
		if (type == null || type.getCtxAnnotations() == null) {
			return false;
		}
		for (Annotation annotation : type.getCtxAnnotations()) {
			if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
					&& schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
				return true;
			}
			if (annotation instanceof ArraySchema array && array.arraySchema()
				.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
				return true;
			}
		}
		return false;
	}

	private static void problems(ApiResponses responses, Map<String, String> answers) {
		answers.forEach((status, description) -> {
			ApiResponse present = responses.get(status);
			if (present == null) {
				responses.addApiResponse(status, problemResponse(description));
			}
			else if (present.getContent() == null || present.getContent().isEmpty()
					|| present.getContent().containsKey("*/*")) {
				present.setContent(problemContent());
			}
		});
	}

	private static void renameJsonNode(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if ((REF + JACKSON_NODE).equals(schema.get$ref())) {
			schema.set$ref(REF + JSON_VALUE);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(ApiContract::renameJsonNode);
		}
		renameJsonNode(schema.getItems());
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			renameJsonNode(values);
		}
	}

	/** A problem+json answer with that description. */
	public static ApiResponse problemResponse(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF + PROBLEM)));
	}

	/**
	 * springdoc's default for an answer it cannot type, replaced by what the tracker
	 * answers.
	 */
	private static void concreteMediaTypes(PathItem path) {
		for (Operation operation : path.readOperations()) {
			if (operation.getResponses() == null) {
				continue;
			}
			if (operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch((parameter) -> "Idempotency-Key".equalsIgnoreCase(parameter.getName()))) {
				problems(operation.getResponses(), WITH_IDEMPOTENCY_KEY);
			}
			operation.getResponses().forEach((status, response) -> {
				Content content = response.getContent();
				if (content != null) {
					content.values()
						.stream()
						.filter((media) -> media.getSchema() != null
								&& (REF + SPRING_PROBLEM).equals(media.getSchema().get$ref()))
						.forEach((media) -> media.getSchema().set$ref(REF + PROBLEM));
				}
				boolean refusal = status.startsWith("4") || status.startsWith("5");
				if (refusal && (content == null || content.isEmpty())) {
					response.setContent(problemContent());
				}
				else if (content != null && content.containsKey("*/*")) {
					MediaType any = content.remove("*/*");
					if (refusal) {
						response.setContent(problemContent());
					}
					else {
						content.addMediaType(JSON, any);
					}
				}
			});
		}
	}

	/**
	 * OpenAPI 3.0 ignores {@code nullable} beside {@code $ref}, and validators apply an
	 * {@code allOf} wrapper to null too: a schema that a property not required refers to
	 * is itself nullable (every property of a non-primitive type may be null). In an
	 * answer, a property that cannot be null is always present, so it is required there.
	 */
	private static void nullableReferences(Schema<?> schema, Map<String, Schema> schemas, boolean answerOnly) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		Set<String> required = new LinkedHashSet<>((schema.getRequired() != null) ? schema.getRequired() : List.of());
		properties.forEach((name, property) -> {
			if (property.get$ref() != null) {
				Schema<?> referenced = schemas.get(property.get$ref().substring(REF.length()));
				if (referenced != null && !required.contains(name)) {
					referenced.setNullable(true);
				}
			}
			else if (answerOnly && !Boolean.TRUE.equals(property.getNullable())) {
				required.add(name);
			}
		});
		schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
	}

	/** The schemas that request bodies (or answers) name, directly or through others. */
	private static Set<String> reachable(OpenAPI document, Map<String, Schema> schemas, boolean requests) {
		Set<String> found = new LinkedHashSet<>();
		List<Schema> pending = new ArrayList<>();
		for (PathItem path : document.getPaths().values()) {
			for (Operation operation : path.readOperations()) {
				if (requests && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach((media) -> pending.add(media.getSchema()));
				}
				if (!requests && operation.getResponses() != null) {
					operation.getResponses()
						.values()
						.stream()
						.filter((response) -> response.getContent() != null)
						.forEach((response) -> response.getContent()
							.values()
							.forEach((media) -> pending.add(media.getSchema())));
				}
			}
		}
		while (!pending.isEmpty()) {
			Schema<?> schema = pending.remove(pending.size() - 1);
			if (schema == null) {
				continue;
			}
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (found.add(name) && schemas.get(name) != null) {
					pending.add(schemas.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				pending.addAll(schema.getProperties().values());
			}
			if (schema.getItems() != null) {
				pending.add(schema.getItems());
			}
			if (schema.getAllOf() != null) {
				pending.addAll(schema.getAllOf());
			}
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				pending.add(values);
			}
		}
		return found;
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem: why the request was refused, in the caller's "
					+ "language (Accept-Language: kk, ru or en)")
			.addProperty("type", new StringSchema().description("about:blank").example("about:blank"))
			.addProperty("title", new StringSchema().description("what kind of refusal").example("Rule violated"))
			.addProperty("status", new IntegerSchema().description("the HTTP status").example(409))
			.addProperty("detail",
					new StringSchema().description("why, in the tracker's words, naming the field or rule")
						.example("Kyrgyzstan's status on 'Central Asian cultural calendar' is AGREED; it cannot "
								+ "move to COMPLETED (it may move to [PREPARING, SUSPENDED, DECLINED])"))
			.addProperty("instance", new StringSchema().description("the address asked").example("/api/initiatives"))
			.addProperty("detailLanguage",
					new StringSchema()
						.description("en when the detail is in English although another language was " + "asked for")
						.example("en"))
			.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema()
				.description("where in the request: the field refused (a JSON pointer into the body), or for an "
						+ "imported file each line and column refused")
				.items(new ObjectSchema().addProperty("pointer", new StringSchema().example("/startDate"))
					.addProperty("line", new IntegerSchema().example(3))
					.addProperty("column", new StringSchema().example("percent"))
					.addProperty("detail", new StringSchema())))
			.required(List.of("title", "status"));
	}

	private static Map<String, String> answers(String... pairs) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int each = 0; each < pairs.length; each += 2) {
			answers.put(pairs[each], pairs[each + 1]);
		}
		return answers;
	}

}
