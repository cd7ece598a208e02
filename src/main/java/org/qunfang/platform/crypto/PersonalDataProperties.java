package org.qunfang.platform.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data: {@code qunfang.crypto.keys.<id>} (base64, 32 bytes each), the id of the key
 * new values are written with, and the blind-index key. A deployment sets its own through environment
 * variables; the values shipped in the configuration serve the demo only.
 */
@ConfigurationProperties("qunfang.crypto")
public record PersonalDataProperties(Map<String, String> keys, String activeKey, String blindIndexKey) {
}
