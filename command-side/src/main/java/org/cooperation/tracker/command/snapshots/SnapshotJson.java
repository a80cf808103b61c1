package org.cooperation.tracker.command.snapshots;

import java.io.IOException;
import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How a snapshot writes an aggregate: its fields as JSON, whatever their visibility, and
 * never its methods (an aggregate has no getters, and its public methods such as
 * {@code facts()} are not state). The collections an aggregate's constructor creates (an
 * {@code EnumMap}, a {@code LinkedHashMap}) are filled rather than replaced, so a record
 * loaded from a snapshot orders and compares as one replayed from its events. A map keyed
 * by a typed id ({@code DirectionId}, {@code MemberId}) writes the id's one value as the
 * key.
 * <p>
 * Its own mapper, not the application's: the API's settings (unknown fields refused,
 * getters as properties) are for requests, and a snapshot is no request.
 */
public final class SnapshotJson {

	private SnapshotJson() {
	}

	/** The serializer the event store writes and reads snapshots with. */
	public static Serializer serializer() {
		return JacksonSerializer.builder().objectMapper(mapper()).build();
	}

	static ObjectMapper mapper() {
		ObjectMapper mapper = JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.addModule(typedIdKeys())
			.visibility(PropertyAccessor.ALL, Visibility.NONE)
			.visibility(PropertyAccessor.FIELD, Visibility.ANY)
			.visibility(PropertyAccessor.CREATOR, Visibility.ANY)
			.build();
		mapper.setDefaultMergeable(true);
		return mapper;
	}

	private static SimpleModule typedIdKeys() {
		SimpleModule module = new SimpleModule("typed-id-keys") {

			@Override
			public void setupModule(SetupContext context) {
				super.setupModule(context);
				context.addKeySerializers(new Serializers.Base() {
					@Override
					public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
							BeanDescription description) {
						return singleValue(type.getRawClass()) ? new TypedIdKey() : null;
					}
				});
				context.addKeyDeserializers(new KeyDeserializers() {
					@Override
					public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
							BeanDescription description) {
						return singleValue(type.getRawClass()) ? new TypedIdFromKey(type) : null;
					}
				});
			}

		};
		return module;
	}

	/** A record of one component: a typed id such as {@code DirectionId(UUID value)}. */
	private static boolean singleValue(Class<?> type) {
		return type.isRecord() && type.getRecordComponents().length == 1;
	}

	private static final class TypedIdKey extends JsonSerializer<Object> {

		@Override
		public void serialize(Object id, JsonGenerator json, SerializerProvider provider) throws IOException {
			RecordComponent value = id.getClass().getRecordComponents()[0];
			try {
				json.writeFieldName(String.valueOf(value.getAccessor().invoke(id)));
			}
			catch (ReflectiveOperationException ex) {
				throw new IOException("cannot read " + value + " of " + id.getClass(), ex);
			}
		}

	}

	private static final class TypedIdFromKey extends KeyDeserializer {

		private final JavaType type;

		private TypedIdFromKey(JavaType type) {
			this.type = type;
		}

		/** Through the record's own constructor, so the id checks itself as always. */
		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws IOException {
			String component = type.getRawClass().getRecordComponents()[0].getName();
			return context.readTreeAsValue(context.getNodeFactory().objectNode().put(component, key), type);
		}

	}

}
