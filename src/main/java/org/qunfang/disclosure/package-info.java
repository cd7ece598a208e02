/**
 * Public disclosure (村务公开): published fund statements, their tamper-evident log and the public village pages.
 * {@code log} holds the log itself (plain Java: the Merkle tree, signed checkpoints, the bundle a villager
 * downloads and the offline verifier command).
 */
package org.qunfang.disclosure;
