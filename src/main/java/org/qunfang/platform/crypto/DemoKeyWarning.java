package org.qunfang.platform.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns loudly when a deployment without demo data still uses the demo encryption keys shipped in the
 * configuration: personal data encrypted with a published key is not protected.
 */
@Component
class DemoKeyWarning {

	static final String DEMO_KEY = "cWYtZGVtby1rZXktbm90LWZvci1wcm9kdWN0aW9uLSE=";
	static final String DEMO_INDEX_KEY = "cWYtZGVtby1ibGluZC1pbmRleC1rZXktbm90LWZvci0=";
	private static final Logger log = LoggerFactory.getLogger(DemoKeyWarning.class);

	private final PersonalDataProperties properties;
	private final boolean demo;

	DemoKeyWarning(PersonalDataProperties properties, @Value("${qunfang.demo.enabled:false}") boolean demo) {
		this.properties = properties;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		if (!demo && (properties.keys().containsValue(DEMO_KEY) || DEMO_INDEX_KEY.equals(properties.blindIndexKey()))) {
			log.warn("Personal data is encrypted with the DEMO keys. Set QUNFANG_CRYPTO_KEY and QUNFANG_BLIND_INDEX_KEY"
					+ " (32 random bytes each, base64) before storing real ID or phone numbers: see docs/operations.md.");
		}
	}
}
