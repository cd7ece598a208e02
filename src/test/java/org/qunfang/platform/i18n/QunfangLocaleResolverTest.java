package org.qunfang.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QunfangLocaleResolverTest {

	private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
	private final QunfangLocaleResolver resolver = new QunfangLocaleResolver(beans.getBeanProvider(LocalePreference.class));

	@Test
	void chineseByDefault() {
		assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void followsAcceptLanguageAmongTheTwoLanguages() {
		assertThat(resolve("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
		assertThat(resolve("fr-FR,en;q=0.5")).isEqualTo(Locale.ENGLISH);
		assertThat(resolve("zh-TW")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(resolve("fr-FR")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(resolve("not a language;;;")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void cookieBeatsTheBrowserAndTheSavedChoiceBeatsBoth() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "zh-CN");
		request.setCookies(new Cookie(QunfangLocaleResolver.COOKIE, "en"));
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

		beans.addBean("preference", new LocalePreference() {
			@Override
			public Optional<Locale> preferredLocale() {
				return Optional.of(Locale.SIMPLIFIED_CHINESE);
			}

			@Override
			public void remember(Locale locale) {
			}
		});
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void switchingSetsACookieForTheNextRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		resolver.setLocale(request, response, Locale.US);
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		assertThat(response.getCookie(QunfangLocaleResolver.COOKIE).getValue()).isEqualTo("en");
	}

	private Locale resolve(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", header);
		return resolver.resolveLocale(request);
	}
}
