package org.cooperation.tracker.access.limits;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Refuses, with 400 problem+json naming it, a query parameter the API's handler does not
 * read, or one it reads once given more than once: left alone, the framework ignores the
 * first and takes the first value of the second, and a caller takes the answer for the
 * one it asked for ({@code ?asof=} spelt wrong answers today's matrix). The parameters a
 * handler reads are those its method declares ({@code @RequestParam}, and the components
 * or properties of a {@code @ModelAttribute} or {@code @ParameterObject}), so the rule
 * cannot drift from the code. Only the tracker's own API controllers under {@code /api/}
 * are held to it: the dashboard's pages and their live stream take {@code lang} and form
 * fields of their own, and springdoc's and actuator's endpoints are not the tracker's.
 */
@Component
@RequiredArgsConstructor
public class StrictQueryParameters implements HandlerInterceptor, WebMvcConfigurer {

	private static final String TRACKER = "org.cooperation.tracker.";

	private static final String API = "/api/";

	private static final String PARAMETER_OBJECT = "ParameterObject";

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final ProblemWriter problems;

	private final Map<HandlerMethod, Reads> known = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod method) || !isApi(method)
				|| !request.getRequestURI().startsWith(request.getContextPath() + API)) {
			return true;
		}
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return true;
		}
		Phrase refusal = refusal(query, known.computeIfAbsent(method, StrictQueryParameters::reads));
		if (refusal == null) {
			return true;
		}
		problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.title.queryString", refusal);
		return false;
	}

	/** Why the query string is refused by a handler reading {@code reads}, or null. */
	static Phrase refusal(String query, Reads reads) {
		if (reads.any()) {
			return null;
		}
		Map<String, Integer> given = new LinkedHashMap<>();
		for (String parameter : query.split("&")) {
			if (parameter.isEmpty()) {
				continue;
			}
			int equals = parameter.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? parameter : parameter.substring(0, equals),
					StandardCharsets.UTF_8);
			given.merge(name, 1, Integer::sum);
		}
		for (Map.Entry<String, Integer> each : given.entrySet()) {
			String name = each.getKey();
			if (!reads.once().contains(name) && !reads.repeatable().contains(name)) {
				return reads.all().isEmpty() ? Phrase.of("problem.detail.query.none", Checks.excerpt(name)) : Phrase
					.of("problem.detail.query.unknown", Checks.excerpt(name), String.join(", ", reads.all()));
			}
			if (each.getValue() > 1 && reads.once().contains(name)) {
				return Phrase.of("problem.detail.query.repeated", Checks.excerpt(name), each.getValue());
			}
		}
		return null;
	}

	/**
	 * The tracker's own REST controllers; not its pages, not springdoc's or actuator's.
	 */
	static boolean isApi(HandlerMethod method) {
		Class<?> type = method.getBeanType();
		return type.getName().startsWith(TRACKER) && AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
	}

	/** The query parameters the method declares. */
	static Reads reads(HandlerMethod method) {
		Set<String> once = new TreeSet<>();
		Set<String> repeatable = new TreeSet<>();
		boolean any = false;
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
				if (Map.class.isAssignableFrom(parameter.getParameterType()) && !StringUtils.hasText(param.name())) {
					any = true;
				}
				else if (many(parameter.getParameterType())) {
					repeatable.add(name);
				}
				else {
					once.add(name);
				}
			}
			else if (isParameterObject(parameter)) {
				once.addAll(properties(parameter.getParameterType()));
			}
		}
		return new Reads(once, repeatable, any);
	}

	private static boolean isParameterObject(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
			return true;
		}
		return java.util.Arrays.stream(parameter.getParameterAnnotations())
			.anyMatch(annotation -> annotation.annotationType().getSimpleName().equals(PARAMETER_OBJECT))
				|| java.util.Arrays.stream(parameter.getParameterType().getAnnotations())
					.anyMatch(annotation -> annotation.annotationType().getSimpleName().equals(PARAMETER_OBJECT));
	}

	private static Set<String> properties(Class<?> type) {
		Set<String> names = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

	private static boolean many(Class<?> type) {
		return type.isArray() || Collection.class.isAssignableFrom(type);
	}

	/**
	 * What a handler reads.
	 *
	 * @param once parameters given at most once
	 * @param repeatable parameters that may be given several times (a list)
	 * @param any the handler takes every parameter (a map of them)
	 */
	record Reads(Set<String> once, Set<String> repeatable, boolean any) {

		Set<String> all() {
			Set<String> all = new TreeSet<>(once);
			all.addAll(repeatable);
			return all;
		}

	}

}
