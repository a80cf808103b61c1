package org.cooperation.tracker.query.eventstore;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every segment's token of the processors, whichever instance holds its claim, read
 * without claiming it: Axon's token store only hands out a token by claiming it, which a
 * live claim of another instance refuses.
 */
@Component
public class SharedTokens {

	private final JdbcTemplate jdbc;

	private final Serializer serializer;

	SharedTokens(JdbcTemplate jdbc, TokenStore tokens) {
		this.jdbc = jdbc;
		// The token store's own serializer: tokens are read as it wrote them.
		this.serializer = ((JdbcTokenStore) tokens).serializer();
	}

	/**
	 * Each segment of the processor with its token, the rows locked until the transaction
	 * ends: no instance's processor can move a token, nor commit a batch, meanwhile (a
	 * batch writes its token first).
	 */
	public Map<Segment, TrackingToken> lock(String processor) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ? ORDER BY segment FOR UPDATE",
				processor);
		int[] ids = rows.stream().mapToInt((row) -> ((Number) row.get("segment")).intValue()).toArray();
		Map<Segment, TrackingToken> tokens = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			tokens.put(Segment.computeSegment(ids[i], ids),
					token((byte[]) rows.get(i).get("token"), (String) rows.get(i).get("tokentype")));
		}
		return tokens;
	}

	/**
	 * Each processor's position: the lowest of its segments' positions, -1 for a segment
	 * at the start. A read model is complete up to there, whichever instances project it.
	 */
	public Map<String, Long> positions() {
		Map<String, Long> positions = new HashMap<>();
		jdbc.query("SELECT processorname, token, tokentype FROM tokenentry", (row) -> {
			long position = position(token(row.getBytes("token"), row.getString("tokentype")));
			positions.merge(row.getString("processorname"), position, Math::min);
		});
		return positions;
	}

	public static long position(TrackingToken token) {
		return (token != null) ? token.position().orElse(-1L) : -1L;
	}

	private TrackingToken token(byte[] bytes, String type) {
		if (bytes == null || type == null) {
			return null;
		}
		return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
	}

}
