package org.cooperation.tracker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that sends a request exactly as written: the target is not parsed,
 * normalised or encoded, the body is sent as given (with its length, or chunked), and any
 * header may be left out. The HTTP clients of the JDK and of Spring refuse or repair much
 * of what a hostile caller sends, which is what these tests must send.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A request to build and send. */
	public Request request(String method, String target) {
		return new Request(method, target);
	}

	/**
	 * The answer: status, headers (names in lower case; the last of repeated ones) and
	 * the body as UTF-8 text.
	 */
	public record Reply(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		public String contentType() {
			String type = header("Content-Type");
			return (type != null) ? type : "";
		}

	}

	public final class Request {

		private final String method;

		private final String target;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private final List<String> repeatedHeaders = new ArrayList<>();

		private byte[] body;

		private boolean chunked;

		private Request(String method, String target) {
			this.method = method;
			this.target = target;
			headers.put("Host", "localhost:" + port);
		}

		public Request header(String name, String value) {
			headers.put(name, value);
			return this;
		}

		/**
		 * Sends the header once more, after all others, even when one of that name is
		 * already set.
		 */
		public Request repeatedHeader(String name, String value) {
			repeatedHeaders.add(name + ": " + value);
			return this;
		}

		public Request withoutHeader(String name) {
			headers.remove(name);
			return this;
		}

		public Request basic(String user, String password) {
			return header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}

		public Request json(String text) {
			return body("application/json", text.getBytes(StandardCharsets.UTF_8));
		}

		public Request body(String contentType, byte[] bytes) {
			if (contentType != null) {
				header("Content-Type", contentType);
			}
			this.body = bytes;
			return this;
		}

		/** Sends the body in chunks, without a declared length. */
		public Request chunked() {
			this.chunked = true;
			return this;
		}

		public Reply send() {
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(20_000);
				OutputStream out = socket.getOutputStream();
				StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
				headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
				repeatedHeaders.forEach(line -> head.append(line).append("\r\n"));
				// The checks read the tracker's English words unless a case asks
				// otherwise.
				boolean languageAsked = headers.keySet().stream().anyMatch("Accept-Language"::equalsIgnoreCase)
						|| repeatedHeaders.stream()
							.anyMatch((line) -> line.regionMatches(true, 0, "Accept-Language:", 0, 16));
				if (!languageAsked) {
					head.append("Accept-Language: en\r\n");
				}
				head.append("Connection: close\r\n");
				if (body != null && chunked) {
					head.append("Transfer-Encoding: chunked\r\n");
				}
				else if (body != null) {
					head.append("Content-Length: ").append(body.length).append("\r\n");
				}
				head.append("\r\n");
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				writeBody(out);
				return read(socket.getInputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(method + " " + abbreviated(target), ex);
			}
		}

		/**
		 * Writes the body; a server that answers before reading it all may close the
		 * connection meanwhile, and its answer is still read.
		 */
		private void writeBody(OutputStream out) {
			if (body == null) {
				return;
			}
			try {
				if (chunked) {
					for (int from = 0; from < body.length; from += 8192) {
						int length = Math.min(8192, body.length - from);
						out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
						out.write(body, from, length);
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				else {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException closedEarly) {
				// The answer, if one was sent, is read next.
			}
		}

	}

	private static Reply read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (IOException reset) {
			if (all.size() == 0) {
				throw reset;
			}
		}
		byte[] bytes = all.toByteArray();
		int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (end < 0) {
			throw new IOException("no complete HTTP answer: " + abbreviated(new String(bytes, StandardCharsets.UTF_8)));
		}
		String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
		}
		byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunked(body);
		}
		return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunked(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
			int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		return indexOf(bytes, part, 0);
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		outer: for (int i = from; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 200) + "...";
	}

}
