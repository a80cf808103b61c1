package org.cooperation.tracker.query.web;

import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@link PageAsked} from the query string. Spring's own binding of a record would
 * report a value that is no number as a field error of the record, a different 400 from
 * the one {@code @RequestParam} gives; this resolver converts each parameter with the
 * request's binder, as {@code @RequestParam} does, and fails the same way.
 */
@Component
class PageAskedResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageAsked.class.equals(parameter.getParameterType());
	}

	@Override
	public PageAsked resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
		return new PageAsked(number(parameter, request, binders, "page"), number(parameter, request, binders, "size"));
	}

	private static Integer number(MethodParameter parameter, NativeWebRequest request, WebDataBinderFactory binders,
			String name) throws Exception {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		Object value = (values.length == 1) ? values[0] : values;
		try {
			return binders.createBinder(request, null, name).convertIfNecessary(value, Integer.class);
		}
		catch (TypeMismatchException ex) {
			throw new MethodArgumentTypeMismatchException(value, ex.getRequiredType(), name, parameter, ex.getCause());
		}
	}

}
