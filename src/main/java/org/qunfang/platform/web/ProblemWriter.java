package org.qunfang.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail straight to a response, for the places that answer before or
 * outside a controller (filters, the authentication entry point, unknown API paths).
 */
@Component
public class ProblemWriter {

	public static final String TYPE_BASE = "https://qunfang.org/problems/";

	private final MessageSource messages;
	private final JsonMapper json;

	public ProblemWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatus status, String type, String detailKey, Locale locale)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_BASE + type);
		problem.put("title", messages.getMessage("problem.title." + type, null, status.getReasonPhrase(), locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(detailKey, null, detailKey, locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}
}
