package org.cooperation.tracker.access.limits;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Holds JSON request bodies to the {@link RequestLimits} and reads them strictly. Nesting
 * depth and the length of strings, numbers and names are checked by the parser as it
 * reads, so a hostile body is refused before it is built into objects. A value of the
 * wrong type is refused rather than converted (42 is no text, "40" no number, 2 no enum
 * constant, 40.5 no whole number), a field named twice is refused rather than
 * overwritten, and every date must be a plausible one written as YYYY-MM-DD. Only the
 * web's reader is held to this: the event serializer, which shares the application's
 * object mapper, reads what the tracker itself wrote and stays as it was.
 */
@Component
@RequiredArgsConstructor
public class JsonBodyLimits implements WebMvcConfigurer {

	private final RequestLimits limits;

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		for (HttpMessageConverter<?> converter : converters) {
			if (converter instanceof MappingJackson2HttpMessageConverter json) {
				json.setObjectMapper(limited(json.getObjectMapper()));
			}
		}
	}

	/** A copy of the mapper that reads within the limits. */
	ObjectMapper limited(ObjectMapper mapper) {
		ObjectMapper copy = mapper.copy();
		copy.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(limits.maxJsonDepth())
				.maxStringLength(limits.maxJsonStringLength())
				.maxNumberLength(limits.maxJsonNumberLength())
				.maxNameLength(limits.maxJsonNameLength())
				.build());
		copy.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
		copy.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
				DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		copy.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		copy.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		copy.coercionConfigFor(LogicalType.Integer)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		copy.coercionConfigFor(LogicalType.Boolean)
			.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
		copy.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
		copy.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
		copy.registerModule(
				new SimpleModule("plausible-dates").addDeserializer(LocalDate.class, PlausibleDates.isoDates()));
		return copy;
	}

	/**
	 * Which limit a body broke, in the words of the limits rather than the parser's.
	 */
	public Phrase describe(StreamConstraintsException exceeded) {
		String message = String.valueOf(exceeded.getMessage());
		if (message.contains("nesting depth")) {
			return Phrase.of("problem.detail.json.depth", limits.maxJsonDepth());
		}
		if (message.contains("String value length")) {
			return Phrase.of("problem.detail.json.string", limits.maxJsonStringLength());
		}
		if (message.contains("Number value length")) {
			return Phrase.of("problem.detail.json.number", limits.maxJsonNumberLength());
		}
		if (message.contains("Name length")) {
			return Phrase.of("problem.detail.json.name", limits.maxJsonNameLength());
		}
		return Phrase.of("problem.detail.json.other", limits.maxJsonDepth(), limits.maxJsonStringLength(),
				limits.maxJsonNumberLength());
	}

}
