package org.cooperation.tracker.query;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every resource that shows one record answers over HTTP: its version as a strong
 * ETag, and 304 with no body to an If-None-Match that names it.
 */
public final class RecordEtags {

	private RecordEtags() {
	}

	/** The resource at {@code path} carries {@code version} as its ETag. */
	public static void assertVersion(MockMvc mvc, String path, long version) throws Exception {
		String etag = "\"" + version + "\"";
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("ETag", etag));
		mvc.perform(get(path).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag))
			.andExpect(content().string(""));
		mvc.perform(get(path).header("If-None-Match", "\"" + (version + 1) + "\"", "\"" + (version - 1) + "\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag));
	}

}
