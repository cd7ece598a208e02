package org.qunfang.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a request: the signed-in user's saved choice, else the language cookie, else
 * the browser's {@code Accept-Language}, else Chinese. Only zh-CN and English are offered.
 */
public class QunfangLocaleResolver implements LocaleResolver {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
	public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
	static final String COOKIE = "qf-lang";
	private static final String REQUEST_ATTRIBUTE = QunfangLocaleResolver.class.getName() + ".locale";

	private final ObjectProvider<LocalePreference> preference;

	public QunfangLocaleResolver(ObjectProvider<LocalePreference> preference) {
		this.preference = preference;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(REQUEST_ATTRIBUTE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		Optional<Locale> saved = preference.stream().findFirst().flatMap(LocalePreference::preferredLocale);
		if (saved.isPresent()) {
			return supported(saved.get());
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(Locale.forLanguageTag(cookie.getValue()));
				}
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale.LanguageRange range : parse(request.getHeader("Accept-Language"))) {
				Locale candidate = Locale.forLanguageTag(range.getRange());
				if (candidate.getLanguage().equals("zh") || candidate.getLanguage().equals("en")) {
					return supported(candidate);
				}
			}
		}
		return CHINESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale == null ? CHINESE : locale);
		request.setAttribute(REQUEST_ATTRIBUTE, chosen);
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
			cookie.setPath("/");
			cookie.setHttpOnly(true);
			cookie.setMaxAge(365 * 24 * 3600);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		preference.ifAvailable(p -> p.remember(chosen));
	}

	/** Maps any requested locale onto one the application speaks. */
	public static Locale supported(Locale requested) {
		return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
	}

	private static List<Locale.LanguageRange> parse(String header) {
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException malformed) {
			return List.of();
		}
	}
}
