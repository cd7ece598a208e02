package org.qunfang.platform.idempotency;

/** The remembered first answer to a request that carried an {@code Idempotency-Key}. */
record IdempotencyRecord(String requestHash, boolean completed, int status, String contentType, byte[] body) {
}
