package org.qunfang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies, follows nothing by itself, and picks up the
 * CSRF token from every page it reads so the next form post can send it.
 */
public class WebSession {

	private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
	private static final Pattern INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;
	private String csrf;
	private String acceptLanguage = "zh-CN";

	public WebSession(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public WebSession language(String tag) {
		this.acceptLanguage = tag;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form with the current CSRF token (read from the last page). */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		ensureCsrf();
		String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		body = body.isEmpty() ? "_csrf=" + enc(csrf) : body + "&_csrf=" + enc(csrf);
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Posts one file as multipart form data (field {@code file}) with the CSRF header. */
	public HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content) {
		ensureCsrf();
		String boundary = "qf-upload-boundary";
		var body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	/**
	 * Sends any request with the session: a form body gets the CSRF token added, other bodies the CSRF
	 * header. The answer keeps its raw bytes (a page, JSON or a spreadsheet).
	 */
	public HttpResponse<byte[]> raw(String method, String path, Map<String, String> form, String json) {
		HttpRequest.Builder builder = request(path);
		if (method.equals("GET")) {
			return getBytes(path);
		}
		ensureCsrf();
		if (form != null) {
			String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
				.collect(Collectors.joining("&"));
			body = body.isEmpty() ? "_csrf=" + enc(csrf) : body + "&_csrf=" + enc(csrf);
			builder.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			builder.header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
				.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		}
		try {
			return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form without any CSRF token. */
	public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
		String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Sends JSON with the session and the CSRF header (as the pages' scripts do). */
	public HttpResponse<String> json(String method, String path, String json, Map<String, String> headers) {
		ensureCsrf();
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public HttpResponse<String> login(String username, String password) {
		get("/login");
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
		csrf = null;
		return response;
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst();
	}

	public String csrf() {
		ensureCsrf();
		return csrf;
	}

	private void ensureCsrf() {
		if (csrf == null) {
			get("/account");
			if (csrf == null) {
				get("/login");
			}
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			remember(response.body());
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void remember(String body) {
		if (body == null) {
			return;
		}
		Matcher meta = META.matcher(body);
		if (meta.find()) {
			csrf = meta.group(1);
			return;
		}
		Matcher input = INPUT.matcher(body);
		if (input.find()) {
			csrf = input.group(1);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
