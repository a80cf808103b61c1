package org.cooperation.tracker.access.problem;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem answer that Spring MVC writes (the exception handlers', the error page's)
 * names its language in Content-Language: the language {@link ProblemTexts#current()}
 * worded it in. ({@link ProblemWriter} does the same for the filters' answers.)
 */
@RestControllerAdvice
public class ProblemLanguage implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
			response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.current().toLanguageTag());
		}
		return body;
	}

}
