package org.qunfang.cases;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qunfang.support.WebSession;

/** What a villager's phone does on the public suggestion-book pages, for the tests. */
final class SuggestionPages {

	private static final Pattern QUESTION = Pattern.compile("id=\"challenge-question\"[^>]*>(\\d+) 加 (\\d+)");
	private static final Pattern API_QUESTION = Pattern.compile("(\\d+) 加 (\\d+)");
	private static final Pattern TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"");
	private static final Pattern API_TOKEN = Pattern.compile("\"challengeToken\":\"([^\"]+)\"");
	private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9-]+)<");
	private static final Pattern API_CODE = Pattern.compile("\"trackingCode\":\"([A-Z0-9-]+)\"");

	private SuggestionPages() {
	}

	/** Opens the writing form, answers its question and sends the fields (kind SUGGESTION unless given). */
	static HttpResponse<String> write(WebSession villager, long villageId, Map<String, String> fields) {
		HttpResponse<String> form = villager.get("/public/villages/" + villageId + "/write");
		Matcher q = QUESTION.matcher(form.body());
		Matcher t = TOKEN.matcher(form.body());
		if (!q.find() || !t.find()) {
			throw new IllegalStateException("no challenge on the form: " + form.statusCode());
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("kind", "SUGGESTION");
		body.put("answer", Integer.toString(Integer.parseInt(q.group(1)) + Integer.parseInt(q.group(2))));
		body.put("challengeToken", t.group(1));
		body.putAll(fields);
		return villager.post("/public/villages/" + villageId + "/suggestions", body);
	}

	static HttpResponse<String> write(WebSession villager, long villageId, String kind, String content) {
		return write(villager, villageId, Map.of("kind", kind, "content", content));
	}

	/** The tracking code of a receipt page. */
	static String code(HttpResponse<String> receipt) {
		Matcher m = CODE.matcher(receipt.body());
		if (!m.find()) {
			throw new IllegalStateException("no tracking code on the page: " + receipt.statusCode());
		}
		return m.group(1);
	}

	/** A JSON submission body with a fresh challenge answered; {@code fields} is the rest of the JSON object. */
	static String apiSubmission(WebSession client, String fields) {
		String challenge = client.get("/api/v1/public/challenge").body();
		Matcher q = API_QUESTION.matcher(challenge);
		Matcher t = API_TOKEN.matcher(challenge);
		if (!q.find() || !t.find()) {
			throw new IllegalStateException("no challenge: " + challenge);
		}
		int answer = Integer.parseInt(q.group(1)) + Integer.parseInt(q.group(2));
		return "{\"challengeToken\":\"" + t.group(1) + "\",\"answer\":\"" + answer + "\"," + fields + "}";
	}

	static String apiCode(HttpResponse<String> receipt) {
		Matcher m = API_CODE.matcher(receipt.body());
		if (!m.find()) {
			throw new IllegalStateException("no tracking code: " + receipt.body());
		}
		return m.group(1);
	}

	static HttpResponse<String> lookup(WebSession villager, String code) {
		villager.get("/public/suggestions/lookup");
		return villager.post("/public/suggestions/lookup", Map.of("code", code));
	}

	/** A page without its CSRF token, to compare two answers. */
	static String withoutToken(String page) {
		return page.replaceAll("content=\"[^\"]{20,}\"", "").replaceAll("value=\"[^\"]{20,}\"", "");
	}
}
