package org.qunfang.platform.i18n;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language selection: {@code ?lang=en} or {@code ?lang=zh-CN} on any page switches and remembers. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(ObjectProvider<LocalePreference> preference) {
		return new QunfangLocaleResolver(preference);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
