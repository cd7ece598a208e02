package org.qunfang.disclosure.internal;

import java.util.List;

import org.qunfang.disclosure.publication.SigningKeys;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start, as the demo encryption keys do, when a deployment without demo data lets a county sign
 * its log of published statements with a key generated and kept in the database rather than one configured
 * outside it: whoever could write the database could then re-sign a rewritten log.
 */
@Component
class SigningKeyWarning {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyWarning.class);

	private final AdminUnits units;
	private final SigningKeys keys;
	private final boolean demo;

	SigningKeyWarning(AdminUnits units, SigningKeys keys, @Value("${qunfang.demo.enabled:false}") boolean demo) {
		this.units = units;
		this.keys = keys;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		List<String> generated = units.counties().stream().filter(c -> !keys.configuredFor(c)).map(AdminUnit::code)
			.toList();
		if (!demo && !generated.isEmpty()) {
			log.warn("Counties {} sign their disclosure logs with a key generated and kept in the database. Set"
					+ " QUNFANG_DISCLOSURE_SIGNINGKEYS_<COUNTY CODE> (qunfang.disclosure.signing-keys.<code>: 32 random"
					+ " bytes, base64) before publishing real statements: see docs/operations.md.", generated);
		}
	}
}
