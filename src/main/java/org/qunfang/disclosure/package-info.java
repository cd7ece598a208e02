/**
 * Public disclosure (村务公开): the township publishes each village's fund statement for a month or a
 * quarter; every published statement is a leaf of the county's tamper-evident log, whose signed
 * checkpoints let anyone check it; villagers read the statements on their village's public page, reached
 * from the QR code of the printed notice, and ask about any line. {@code log} holds the log itself (plain
 * Java: the Merkle tree, signed checkpoints, the bundle a villager downloads and the offline verifier
 * command); {@code publication} publishing, the county's log in the database and its signing key, the
 * public reading and the questions; {@code web} the pages and the API.
 */
package org.qunfang.disclosure;
