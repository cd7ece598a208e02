package org.qunfang.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in person's chosen language is kept. Implemented by the identity module; the platform
 * only asks and tells.
 */
public interface LocalePreference {

	Optional<Locale> preferredLocale();

	void remember(Locale locale);
}
