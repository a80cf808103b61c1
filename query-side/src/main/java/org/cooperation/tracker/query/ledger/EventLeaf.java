package org.cooperation.tracker.query.ledger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One event as the event table stores it, and its leaf bytes: the canonical encoding that
 * the tree hashes. Every field is there (nothing can change unseen), each with its
 * length, so no two different events encode alike:
 *
 * <pre>
 * "cooperation-tracker/event-leaf/v1" 0x0A      label, for domain separation
 * u64  global position                         (globalindex)
 * str  event identifier                        (eventidentifier)
 * opt  str aggregate type                      (type)
 * str  aggregate identifier                    (aggregateidentifier)
 * u64  sequence number                         (sequencenumber)
 * str  timestamp, as stored                    (timestamp)
 * str  payload type                            (payloadtype)
 * opt  str payload revision                    (payloadrevision)
 * bin  payload bytes                           (payload)
 * opt  bin metadata bytes                      (metadata)
 * </pre>
 *
 * {@code u64} is eight bytes big-endian (two's complement); {@code bin} is a u32
 * big-endian length and the bytes; {@code str} is {@code bin} of the UTF-8 text;
 * {@code opt x} is 0x00 for a null column or 0x01 followed by {@code x}.
 *
 * @param globalIndex position in the event table
 * @param eventId the event's identifier
 * @param aggregateType the record's kind, or null
 * @param aggregateId the record's identifier
 * @param sequenceNumber the event's place in its record
 * @param timestamp when it was recorded, as stored
 * @param payloadType the event's type
 * @param payloadRevision the type's revision, or null
 * @param payload the stored payload bytes
 * @param metadata the stored metadata bytes, or null
 */
public record EventLeaf(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequenceNumber,
		String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

	/** The label the leaf bytes start with; a new encoding gets a new version. */
	public static final String LABEL = "cooperation-tracker/event-leaf/v1\n";

	private static final byte[] LABEL_BYTES = LABEL.getBytes(StandardCharsets.US_ASCII);

	/** The event table's columns that {@link #read(ResultSet)} reads, for a SELECT. */
	public static final String COLUMNS = "globalindex, eventidentifier, type, aggregateidentifier, sequencenumber, "
			+ "timestamp, payloadtype, payloadrevision, payload, metadata";

	/** The event at the result set's current row, selected with {@link #COLUMNS}. */
	public static EventLeaf read(ResultSet row) throws SQLException {
		return new EventLeaf(row.getLong("globalindex"), row.getString("eventidentifier"), row.getString("type"),
				row.getString("aggregateidentifier"), row.getLong("sequencenumber"), row.getString("timestamp"),
				row.getString("payloadtype"), row.getString("payloadrevision"), row.getBytes("payload"),
				row.getBytes("metadata"));
	}

	/** The canonical leaf bytes described above. */
	public byte[] leafBytes() {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(
				128 + payload.length + (metadata == null ? 0 : metadata.length));
		try (DataOutputStream out = new DataOutputStream(buffer)) {
			out.write(LABEL.getBytes(StandardCharsets.US_ASCII));
			out.writeLong(globalIndex);
			text(out, eventId);
			optionalText(out, aggregateType);
			text(out, aggregateId);
			out.writeLong(sequenceNumber);
			text(out, timestamp);
			text(out, payloadType);
			optionalText(out, payloadRevision);
			bytes(out, payload);
			if (metadata == null) {
				out.writeByte(0);
			}
			else {
				out.writeByte(1);
				bytes(out, metadata);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("writing to memory does not fail", ex);
		}
		return buffer.toByteArray();
	}

	/**
	 * The leaf hash: SHA-256(0x00 || leaf bytes), fed to the digest field by field rather
	 * than through a copy of the bytes: the verifier does this once per event.
	 */
	public byte[] leafHash() {
		MessageDigest digest = TreeHashes.sha256();
		digest.update((byte) 0x00);
		digest.update(LABEL_BYTES);
		ByteBuffer number = ByteBuffer.allocate(8);
		digest.update(number.putLong(0, globalIndex).array());
		text(digest, eventId);
		optionalText(digest, aggregateType);
		text(digest, aggregateId);
		digest.update(number.putLong(0, sequenceNumber).array());
		text(digest, timestamp);
		text(digest, payloadType);
		optionalText(digest, payloadRevision);
		bytes(digest, payload);
		if (metadata == null) {
			digest.update((byte) 0);
		}
		else {
			digest.update((byte) 1);
			bytes(digest, metadata);
		}
		return digest.digest();
	}

	private static void text(MessageDigest digest, String value) {
		bytes(digest, value.getBytes(StandardCharsets.UTF_8));
	}

	private static void optionalText(MessageDigest digest, String value) {
		if (value == null) {
			digest.update((byte) 0);
		}
		else {
			digest.update((byte) 1);
			text(digest, value);
		}
	}

	private static void bytes(MessageDigest digest, byte[] value) {
		int length = value.length;
		digest.update(
				new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length });
		digest.update(value);
	}

	/** SHA-256 of the stored payload bytes. */
	public byte[] payloadHash() {
		return TreeHashes.digest(payload);
	}

	/** SHA-256 of the stored metadata bytes, or null when there are none. */
	public byte[] metadataHash() {
		return (metadata == null) ? null : TreeHashes.digest(metadata);
	}

	private static void text(DataOutputStream out, String value) throws IOException {
		bytes(out, value.getBytes(StandardCharsets.UTF_8));
	}

	private static void optionalText(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeByte(0);
		}
		else {
			out.writeByte(1);
			text(out, value);
		}
	}

	private static void bytes(DataOutputStream out, byte[] value) throws IOException {
		out.writeInt(value.length);
		out.write(value);
	}

}
