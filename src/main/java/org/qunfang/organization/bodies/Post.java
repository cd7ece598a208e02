package org.qunfang.organization.bodies;

import java.util.Locale;

/** 岗位 — a post in an organization, with its written duties (岗位责任) and its checks. */
public record Post(String code, String nameZh, String nameEn, String dutiesZh, String dutiesEn, ThreeChecks checks) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public String duties(Locale locale) {
		return "en".equals(locale.getLanguage()) ? dutiesEn : dutiesZh;
	}
}
