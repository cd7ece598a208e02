/**
 * The tamper-evident log of published statements: an append-only Merkle tree (RFC 6962 / RFC 9162) whose
 * signed tree heads (checkpoints, C2SP tlog-checkpoint) let anyone check offline that a statement was
 * published and that the county never rewrote what it published before. Plain Java, no Spring and no
 * database, so that {@link org.qunfang.disclosure.log.VerifyCommand} runs from the compiled classes alone.
 */
package org.qunfang.disclosure.log;
